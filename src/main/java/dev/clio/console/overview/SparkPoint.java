package dev.clio.console.overview;

import java.time.Instant;

/** One sparkline sample; a {@code NaN} value is a gap (no data or stale), never drawn as 0. */
public record SparkPoint(Instant at, double value) {

    public boolean gap() {
        return Double.isNaN(value);
    }
}
