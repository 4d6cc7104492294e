package dev.clio.engine.adapter.process;

import java.time.Duration;

/**
 * How a process ended.
 *
 * @param exitCode the exit code, or -1 when it was killed on timeout
 * @param stdout captured standard output (head kept; a marker line ends truncated output)
 * @param stderr captured standard error, likewise
 * @param truncated true when either stream exceeded the cap
 * @param timedOut true when the timeout killed the process tree
 */
public record ProcessResult(
        int exitCode,
        String stdout,
        String stderr,
        boolean truncated,
        boolean timedOut,
        Duration elapsed) {

    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    /** The last non-blank line of stderr (without a truncation marker), or "" when there is none. */
    public String lastStderrLine() {
        String[] lines = stderr.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith(StreamCapture.TRUNCATION_MARKER)) {
                return line;
            }
        }
        return "";
    }
}
