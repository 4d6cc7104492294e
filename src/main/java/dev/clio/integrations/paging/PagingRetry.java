package dev.clio.integrations.paging;

import java.time.Duration;

/**
 * How a rate limit (429) or a PagerDuty failure (5xx, no answer) is retried: at most {@code maxAttempts} requests,
 * waiting {@code initialBackoff}, then twice that and so on, never longer than {@code maxBackoff}. PagerDuty's own
 * advice is to back off and retry these; a 400 is never retried (the event itself is wrong).
 */
public record PagingRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final PagingRetry DEFAULT = new PagingRetry(4, Duration.ofSeconds(1), Duration.ofSeconds(8));

    public PagingRetry {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10");
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration delay(int attempt) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 16));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }
}
