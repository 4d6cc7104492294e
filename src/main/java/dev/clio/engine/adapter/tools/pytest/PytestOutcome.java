package dev.clio.engine.adapter.tools.pytest;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.tools.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a finished pytest run into the test report artifact and the step result. */
final class PytestOutcome {

    private static final int MAX_STREAM = 20_000;

    private PytestOutcome() {
    }

    static AdapterResult of(PytestCommand command, Params with, ProcessResult run, Path scratch,
            StepContext context, StepRequest request) throws IOException {
        if (run.timedOut()) {
            return AdapterResult.failed("pytest timed out; its process tree was killed");
        }
        Path junit = scratch.resolve("junit.xml");
        TestReport tests = Files.exists(junit) ? JUnitXml.read(junit) : TestReport.of(List.of(), 0);
        Map<String, Object> coverage = command.coverage() && Files.exists(scratch.resolve("coverage.xml"))
                ? CoverageXml.read(scratch.resolve("coverage.xml")) : null;
        Double total = coverage == null ? null : (Double) coverage.get("total_coverage");
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("adapter", "pytest_runner");
        artifact.put("timestamp", Artifacts.timestamp(context));
        artifact.put("type", "test_report");
        artifact.put("test_results", tests.toMap());
        artifact.put("coverage_results", coverage);
        if (!command.coverage()) {
            artifact.put("coverage_note", with.flag("coverage", true)
                    ? "pytest-cov is not installed; coverage was not measured" : "coverage not requested");
        }
        artifact.put("command", command.arguments(Path.of("<tmp>")));
        artifact.put("exit_code", run.exitCode());
        artifact.put("stdout", cap(run.stdout()));
        artifact.put("stderr", cap(run.stderr()));
        List<String> written = new ArrayList<>();
        for (String path : ToolRun.artifactPaths(request, "artifacts/test_report.json")) {
            written.add(Artifacts.writeJson(context, path, artifact));
        }
        String error = error(command, with, run, tests, total);
        return new AdapterResult(error == null, 0, written, summary(tests, total),
                error, PytestRunnerAdapter.metadata(tests, total, run.exitCode()));
    }

    private static String error(PytestCommand command, Params with, ProcessResult run, TestReport tests,
            Double coverage) {
        List<TestReport.TestCase> problems = tests.problems();
        String first = problems.isEmpty() ? "" : " (first: " + problems.get(0).classname() + "::"
                + problems.get(0).name() + ": " + firstLine(problems.get(0).detail()) + ")";
        switch (run.exitCode()) {
            case 0:
                break;
            case 1:
                return (tests.failed() + tests.errors()) + " of " + tests.total() + " tests failed" + first;
            case 5:
                return "no tests were collected from " + command.testPath();
            case 2:
                return "pytest was interrupted: " + (problems.isEmpty() ? lastLine(run) : "collection failed" + first);
            default:
                return "pytest failed with exit code " + run.exitCode() + ": " + lastLine(run);
        }
        double threshold = with.number("coverage_threshold").orElse(80.0);
        if (coverage != null && coverage < threshold) {
            return String.format(Locale.ROOT, "coverage %.1f%% is below the threshold %s%%", coverage,
                    threshold == Math.rint(threshold) ? String.valueOf((long) threshold) : String.valueOf(threshold));
        }
        return null;
    }

    private static String summary(TestReport tests, Double coverage) {
        return String.format(Locale.ROOT, "%d tests: %d passed, %d failed, %d errors, %d skipped in %.2f s%s%n",
                tests.total(), tests.passed(), tests.failed(), tests.errors(), tests.skipped(), tests.duration(),
                coverage == null ? "" : String.format(Locale.ROOT, "; coverage %.1f%%", coverage));
    }

    private static String lastLine(ProcessResult run) {
        String last = run.lastStderrLine();
        if (!last.isEmpty()) {
            return last;
        }
        List<String> lines = run.stdout().strip().lines().toList();
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private static String cap(String text) {
        return text.length() > MAX_STREAM ? text.substring(0, MAX_STREAM) + "…" : text;
    }
}
