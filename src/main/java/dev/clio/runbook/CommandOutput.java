package dev.clio.runbook;

/**
 * The result of a command step, as its verdict paths see it ({@code exit_code}, {@code stdout}, ...).
 *
 * @param truncated true when the output cap cut the output
 */
public record CommandOutput(int exitCode, String stdout, String stderr, boolean timedOut, boolean truncated,
        long durationMs) {
}
