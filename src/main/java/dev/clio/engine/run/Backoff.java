package dev.clio.engine.run;

import dev.clio.engine.workflow.Retry;
import java.time.Duration;

/**
 * Delay before retry attempt {@code n + 1} after failed attempt {@code n} (1-based): linear {@code base × n},
 * exponential {@code base × 2^(n-1)}, both capped at {@code max}.
 */
final class Backoff {

    private Backoff() {
    }

    static Duration delay(Retry.Backoff kind, int failedAttempt, Duration base, Duration max) {
        int n = Math.max(1, failedAttempt);
        long factor = kind == Retry.Backoff.LINEAR ? n : 1L << Math.min(n - 1, 30);
        Duration delay = base.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
