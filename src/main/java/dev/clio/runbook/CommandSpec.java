package dev.clio.runbook;

import java.time.Duration;
import java.util.List;

/**
 * A {@code command} step: an argv list run without a shell by the engine's ProcessRunner.
 *
 * @param argv the program and its arguments; may contain {@code ${params.x}} (each reference is one whole argument)
 * @param cwd one of the fixed directories: workspace, artifacts, logs
 * @param env names of variables inherited from the engine's environment; nothing else is passed
 * @param readOnly false (the default) makes the step a remediation
 */
public record CommandSpec(List<String> argv, String cwd, List<String> env, Duration timeout, int outputLimitBytes,
        boolean readOnly) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_OUTPUT_LIMIT = 64 * 1024;
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    public static final int MAX_OUTPUT_LIMIT = 4 * 1024 * 1024;

    public CommandSpec {
        argv = List.copyOf(argv);
        env = List.copyOf(env);
    }
}
