package dev.clio.integrations.ai;

import java.time.Duration;

/**
 * How often and how long to retry rate limits (429) and server errors (5xx, connection failures): exponential
 * backoff from {@code initialBackoff}, a provider's retry-after honoured up to {@code maxWait}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxWait) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1}: the provider's retry-after if given, else the backoff; capped. */
    Duration delay(int attempt, Duration retryAfter) {
        Duration wait = retryAfter != null ? retryAfter : initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
