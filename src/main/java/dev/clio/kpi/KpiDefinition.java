package dev.clio.kpi;

import java.util.Objects;

/**
 * One KPI of the runbook's tables, as data.
 *
 * @param id the {@code KpiReading} id it judges
 * @param label the short name used in reasons, e.g. {@code p95}
 * @param table system | business | security
 * @param target the goal; shown on the ladder, never changes the level
 * @param hysteresis how far past a threshold a value must come back before the level drops, in the KPI's unit
 * @param runbook the name of the runbook procedure to follow
 * @param promqlOrNull how Prometheus computes it for a fleet; null when it cannot (see {@code docs/monitoring.md})
 */
public record KpiDefinition(String id, String title, String label, String table, String unit, Direction direction,
        Threshold target, Threshold warning, Threshold critical, double hysteresis, String runbook, PromQuery promqlOrNull) {

    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(critical, "critical");
    }
}
