package dev.clio.engine.adapter.process;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A program to run: argv (never interpreted by a shell), a workspace-relative working directory, extra environment
 * variables, a timeout, an output cap and a line listener.
 *
 * @param argv program and arguments, one item each; never re-split
 * @param cwd working directory relative to the workspace, or null for the workspace root
 * @param env variables added to the allowlisted environment; names must match {@code [A-Z_][A-Z0-9_]*}
 * @param timeout the process tree is killed after this, or null for no limit
 * @param maxOutputBytes cap on captured bytes per stream (stdout, stderr); the head is kept
 * @param onLine called with each output line (stdout and stderr), one call at a time
 */
public record ProcessSpec(
        List<String> argv,
        String cwd,
        Map<String, String> env,
        Duration timeout,
        int maxOutputBytes,
        Consumer<String> onLine) {

    public static final int DEFAULT_MAX_OUTPUT_BYTES = 1 << 20;

    public ProcessSpec {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv is empty: give the program and its arguments as a list");
        }
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException("max_output_bytes must be positive, got " + maxOutputBytes);
        }
        onLine = onLine == null ? line -> { } : onLine;
    }

    public static ProcessSpec of(List<String> argv) {
        return new ProcessSpec(argv, null, Map.of(), null, DEFAULT_MAX_OUTPUT_BYTES, null);
    }

    public static ProcessSpec of(String... argv) {
        return of(List.of(argv));
    }

    public ProcessSpec inDirectory(String relativeCwd) {
        return new ProcessSpec(argv, relativeCwd, env, timeout, maxOutputBytes, onLine);
    }

    public ProcessSpec withEnv(Map<String, String> extra) {
        return new ProcessSpec(argv, cwd, extra, timeout, maxOutputBytes, onLine);
    }

    public ProcessSpec withTimeout(Duration limit) {
        return new ProcessSpec(argv, cwd, env, limit, maxOutputBytes, onLine);
    }

    public ProcessSpec withMaxOutputBytes(int cap) {
        return new ProcessSpec(argv, cwd, env, timeout, cap, onLine);
    }

    public ProcessSpec onLine(Consumer<String> listener) {
        return new ProcessSpec(argv, cwd, env, timeout, maxOutputBytes, listener);
    }
}
