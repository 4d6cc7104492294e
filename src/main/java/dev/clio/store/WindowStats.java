package dev.clio.store;

import java.time.Duration;
import java.time.Instant;

/**
 * Outcome of the real (non dry-run) executions started in {@code [from, to)}.
 *
 * @param successRate succeeded / (succeeded + failed + interrupted), from 0 to 1; cancelled executions are left out
 *                    (a person chose to stop them); null when none of them has finished
 * @param averageDuration mean of ended - started over the succeeded and failed executions (an interrupted one has no
 *                        true end); null when there are none
 */
public record WindowStats(Instant from, Instant to, long executions, long running, long succeeded, long failed,
        long cancelled, long interrupted, long tokens, Double successRate, Duration averageDuration) {
}
