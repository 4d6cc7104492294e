package dev.clio.engine.adapter.tools;

import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a wrapped tool in the workspace the same way for every tool adapter. */
public final class ToolRun {

    /** Keeps tools from writing bytecode or colour codes into the workspace and the captured output. */
    private static final Map<String, String> TOOL_ENV = Map.of("PYTHONDONTWRITEBYTECODE", "1", "NO_COLOR", "1",
            "MYPY_FORCE_COLOR", "0", "FORCE_COLOR", "0");

    private ToolRun() {
    }

    /**
     * Runs {@code command + args} with the step's timeout, or {@code fallback} when the step has none. Blocks until
     * the tool exits; an interrupt kills its process tree.
     */
    public static ProcessResult run(List<String> command, List<String> args, StepRequest request, StepContext context,
            Duration fallback) throws IOException, InterruptedException {
        return run(command, args, Map.of(), request, context, fallback);
    }

    /** As {@link #run(List, List, StepRequest, StepContext, Duration)}, with extra environment variables. */
    public static ProcessResult run(List<String> command, List<String> args, Map<String, String> env,
            StepRequest request, StepContext context, Duration fallback) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(command);
        argv.addAll(args);
        Duration timeout = request.timeout() != null ? request.timeout() : fallback;
        Map<String, String> environment = new java.util.HashMap<>(TOOL_ENV);
        environment.putAll(env);
        return new ProcessRunner(context.workspace()).run(ProcessSpec.of(argv).withEnv(environment)
                .withTimeout(timeout).withMaxOutputBytes(8 << 20).onLine(context::log));
    }

    /** The step's {@code emits}, or the adapter's default artifact when the step names none. */
    public static List<String> artifactPaths(StepRequest request, String fallback) {
        return request.step().emits().isEmpty() ? List.of(fallback) : request.step().emits();
    }

    /** {@code with.files}, else the run's {@code --files}, else {@code fallback}. */
    public static List<String> filePatterns(StepRequest request, List<String> fromWith, List<String> fallback) {
        if (fromWith != null && !fromWith.isEmpty()) {
            return fromWith;
        }
        return request.files().isEmpty() ? fallback : request.files();
    }
}
