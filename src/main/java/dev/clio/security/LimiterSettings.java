package dev.clio.security;

import java.time.Duration;

/**
 * Thresholds of {@link FailedAuthLimiter}.
 *
 * @param maxFailures failures within {@code window} that block a client
 * @param window      length of the sliding window
 * @param block       how long a client stays blocked
 * @param maxClients  clients remembered at once; the least recently seen are forgotten first
 */
public record LimiterSettings(int maxFailures, Duration window, Duration block, int maxClients) {

    public LimiterSettings {
        if (maxFailures < 1 || maxClients < 1 || window.isNegative() || window.isZero() || block.isNegative()) {
            throw new IllegalArgumentException("limiter settings need maxFailures >= 1, maxClients >= 1, a positive "
                    + "window and a non-negative block");
        }
    }

    /** 5 failures per 60 s block a client for 60 s; 10,000 clients remembered. */
    public static LimiterSettings defaults() {
        return new LimiterSettings(5, Duration.ofSeconds(60), Duration.ofSeconds(60), 10_000);
    }
}
