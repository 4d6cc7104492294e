package dev.clio.kpi;

import java.time.Instant;
import java.util.List;

/**
 * What a tile shows: the value, its level and why, and the ladder it was judged on. Immutable.
 *
 * @param value null when there is no data (never shown as 0); the last value when stale
 * @param reason the tooltip, e.g. {@code p95 620 ms > warning 500 ms for 4 min}
 * @param since when the KPI entered this level (as this evaluator saw it)
 * @param measuredAt when the source measured the value, or null when it never did
 */
public record KpiState(String id, String title, String table, Double value, String unit, Level level, String reason,
        List<Rung> ladder, Instant since, Instant measuredAt, String note, String runbook) {

    public KpiState {
        ladder = List.copyOf(ladder);
    }

    /** The value with its unit, or {@code no data}. */
    public String display() {
        return value == null ? "no data" : ValueFormat.value(value, unit);
    }
}
