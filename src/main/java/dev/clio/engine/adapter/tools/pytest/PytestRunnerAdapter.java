package dev.clio.engine.adapter.tools.pytest;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
import dev.clio.engine.adapter.tools.ToolProbe;
import dev.clio.engine.adapter.tools.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs pytest on {@code with.path} (default {@code tests}) and writes the test report artifact from its JUnit XML.
 * Coverage is measured only when pytest-cov is installed. Success: every collected test passed and, when measured,
 * coverage reached {@code coverage_threshold}.
 */
public final class PytestRunnerAdapter implements Adapter {

    private static final AdapterSpec SPEC = BuiltinAdapterSpecs.get("pytest_runner");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final ToolProbe pytest;
    private volatile Boolean coveragePlugin;

    public PytestRunnerAdapter(ToolProbe pytest) {
        this.pytest = pytest;
    }

    @Override
    public AdapterSpec spec() {
        return SPEC;
    }

    @Override
    public Availability availability() {
        return pytest.availability();
    }


    /** Blocks while pytest runs (at most the step timeout, else 5 minutes); an interrupt kills pytest. */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        if (pytest.command().isEmpty()) {
            return AdapterResult.failed("adapter not available: pytest_runner (" + availability().reason() + ")");
        }
        Path scratch = null;
        try {
            Params with = new Params(request.with());
            PytestCommand command = PytestCommand.of(with, hasCoveragePlugin());
            requireInside(context.workspace(), command.testPath());
            scratch = Files.createTempDirectory("clio-pytest-");
            // pytest-cov writes its data file into the working directory unless told otherwise.
            ProcessResult run = ToolRun.run(pytest.command().get(), command.arguments(scratch),
                    Map.of("COVERAGE_FILE", scratch.resolve(".coverage").toString()), request, context, TIMEOUT);
            return PytestOutcome.of(command, with, run, scratch, context, request);
        } catch (IOException | IllegalArgumentException e) {
            return AdapterResult.failed(e.getMessage());
        } finally {
            delete(scratch);
        }
    }

    /** Probed once: whether the pytest in use has the pytest-cov plugin. */
    private boolean hasCoveragePlugin() throws InterruptedException {
        Boolean known = coveragePlugin;
        if (known == null) {
            List<String> argv = new ArrayList<>(pytest.command().orElseThrow());
            // "--version" succeeds even when "-p pytest_cov" cannot load; the option list is the reliable sign.
            argv.add("--help");
            try {
                ProcessResult r = new ProcessRunner(Path.of(System.getProperty("java.io.tmpdir")))
                        .run(ProcessSpec.of(argv).withTimeout(Duration.ofSeconds(20)));
                known = r.succeeded() && r.stdout().contains("--cov=");
            } catch (IOException e) {
                known = false;
            }
            coveragePlugin = known;
        }
        return known;
    }

    private static void requireInside(Path workspace, String testPath) {
        Path root = workspace.toAbsolutePath().normalize();
        Path path = root.resolve(testPath).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("test path '" + testPath + "' is outside the workspace");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("test path '" + testPath + "' does not exist in the workspace");
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp dir is harmless; the OS cleans the temp directory.
        }
    }

    static Map<String, Object> metadata(TestReport report, Double coverage, int exitCode) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("tests_run", report.total());
        metadata.put("tests_passed", report.passed());
        metadata.put("tests_failed", report.failed());
        metadata.put("tests_errors", report.errors());
        metadata.put("tests_skipped", report.skipped());
        metadata.put("coverage", coverage);
        metadata.put("exit_code", exitCode);
        return metadata;
    }
}
