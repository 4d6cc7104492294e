package dev.clio.kpi.capacity;

import java.time.Duration;
import java.time.Instant;

/**
 * One capacity row as evaluated now: what a console row or a CLI line shows.
 *
 * @param current the latest value, or null for no data
 * @param held how long the trigger has held without a break, or null when it does not hold
 * @param since when the trigger started holding, or null when it does not hold
 * @param reason one line, e.g. {@code 72% for 12 min of 1 h} or {@code no data: SQLite has no server connections}
 */
public record CapacityStatus(CapacityRule rule, CapacityState state, Double current, Duration held, Instant since,
        String reason, Instant evaluatedAt) {

    public boolean triggered() {
        return state == CapacityState.TRIGGERED;
    }

    /** The value with its unit, or {@code no data}. */
    public String display() {
        return current == null ? "no data" : CapacityText.value(current, rule.metric());
    }
}
