package dev.clio.engine.adapter.shell;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@code with.argv} (a list; never a shell command line) inside the workspace. Success is exit code 0.
 */
public final class ShellAdapter implements Adapter {

    private static final AdapterSpec SPEC = BuiltinAdapterSpecs.get("shell");

    @Override
    public AdapterSpec spec() {
        return SPEC;
    }



    /** Blocks until the program exits or times out; an interrupt kills its process tree. */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        try {
            ProcessSpec spec = processSpec(request, context);
            ProcessResult result = new ProcessRunner(context.workspace()).run(spec);
            return toResult(new Params(request.with()), spec, result, context);
        } catch (IllegalArgumentException | IOException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }

    private static ProcessSpec processSpec(StepRequest request, StepContext context) {
        Params with = new Params(request.with());
        if (with.raw("argv") instanceof String text) {
            throw new IllegalArgumentException("with.argv must be a list, one item per argument (got the string '"
                    + text + "'; write for example argv: [\"ls\", \"-la\"])");
        }
        List<String> argv = with.strings("argv", false).orElseThrow(() -> new IllegalArgumentException(
                "with.argv is required: the program and its arguments as a list, e.g. argv: [\"make\", \"test\"]"));
        ProcessSpec spec = ProcessSpec.of(argv).inDirectory(with.string("cwd").orElse(null))
                .withEnv(with.stringMap("env")).onLine(context::log);
        Duration timeout = with.positive("timeout_seconds").map(Duration::ofSeconds).orElse(request.timeout());
        spec = spec.withTimeout(timeout);
        return with.positive("max_output_bytes").map(n -> (int) Math.min(n, Integer.MAX_VALUE))
                .map(spec::withMaxOutputBytes).orElse(spec);
    }

    private static AdapterResult toResult(Params with, ProcessSpec spec, ProcessResult result, StepContext context)
            throws IOException {
        List<String> artifacts = new ArrayList<>();
        if (with.string("output").isPresent()) {
            artifacts.add(Artifacts.writeText(context, with.string("output").get(), combined(result)));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("exit_code", result.exitCode());
        metadata.put("duration_ms", result.elapsed().toMillis());
        metadata.put("truncated", result.truncated());
        metadata.put("timed_out", result.timedOut());
        if (result.succeeded()) {
            return new AdapterResult(true, 0, artifacts, result.stdout(), null, metadata);
        }
        return new AdapterResult(false, 0, artifacts, result.stdout(), error(spec, result), metadata);
    }

    private static String error(ProcessSpec spec, ProcessResult result) {
        if (result.timedOut()) {
            return "timed out after " + seconds(spec.timeout()) + "; the process tree was killed";
        }
        String last = result.lastStderrLine();
        return "exit code " + result.exitCode() + (last.isEmpty() ? "" : ": " + last);
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String combined(ProcessResult result) {
        if (result.stderr().isEmpty()) {
            return result.stdout();
        }
        return result.stdout() + (result.stdout().isEmpty() || result.stdout().endsWith("\n") ? "" : "\n")
                + "--- stderr ---\n" + result.stderr();
    }
}
