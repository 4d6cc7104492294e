package dev.clio.integrations.api;

import dev.clio.ops.OpsException;
import java.time.Duration;

/**
 * Retries of idempotent calls (GET, PUT) with exponential backoff. Only failures that a second attempt can cure are
 * retried: the server unreachable or overloaded (UNAVAILABLE) and an attempt that timed out. A POST is never
 * retried, since it may have started something on the server before the answer was lost.
 *
 * @param maxAttempts 1 means no retry
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** Whether attempt number {@code attempt} (1-based) that failed with {@code failure} gets another try. */
    public boolean retries(String method, int attempt, OpsException failure) {
        boolean idempotent = "GET".equals(method) || "PUT".equals(method);
        return idempotent && attempt < maxAttempts && (failure.kind() == OpsException.Kind.UNAVAILABLE
                || failure.kind() == OpsException.Kind.TIMEOUT);
    }

    /** The pause before attempt {@code attempt + 1}: doubling from the initial backoff, capped. */
    public Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
