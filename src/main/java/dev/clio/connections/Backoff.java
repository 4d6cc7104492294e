package dev.clio.connections;

import java.time.Duration;

/**
 * Exponential backoff with jitter for reconnecting: {@code initial}, twice that, four times … capped at {@code max},
 * each spread by ±{@code jitter} (a fraction) so that many consoles do not hammer a recovering server in step. The
 * jittered value never exceeds {@code max}.
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be a fraction in [0, 1)");
        }
    }

    /** 1 s, 2 s, 4 s … 30 s, ±20 %. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2);
    }

    /**
     * @param failures failures in a row, at least 1
     * @param unit a random number in [0, 1); 0.5 gives the delay without jitter
     */
    public Duration delay(int failures, double unit) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long base = Math.min(max.toMillis(), initial.toMillis() << Math.min(doublings, 20));
        long spread = Math.round(base * jitter * (2 * unit - 1));
        return Duration.ofMillis(Math.max(1, Math.min(max.toMillis(), base + spread)));
    }
}
