package dev.clio.connections;

import java.time.Duration;

/**
 * How a {@link ConnectionMonitor} probes.
 *
 * @param interval between probes while the connection answers
 * @param timeout how long one probe may take before it counts as failed
 * @param slow a probe slower than this makes the connection DEGRADED
 * @param backoff the pauses between probes while it does not answer
 */
public record MonitorTimings(Duration interval, Duration timeout, Duration slow, Backoff backoff) {

    public MonitorTimings {
        if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("interval and timeout must be positive");
        }
        if (slow.compareTo(timeout) > 0) {
            throw new IllegalArgumentException("the slow threshold must not exceed the timeout");
        }
    }

    /**
     * A probe every second that may take one second, slow beyond 500 ms: a server that stops answering is shown
     * DISCONNECTED within about 2 s (the next probe, plus its timeout), inside the 3 s the console promises.
     */
    public static MonitorTimings defaults() {
        return new MonitorTimings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500),
                Backoff.defaults());
    }
}
