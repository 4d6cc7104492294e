package dev.clio.kpi.capacity;

import dev.clio.kpi.Threshold;
import java.time.Duration;
import java.util.Objects;

/**
 * One row of the runbook's capacity table, as data.
 *
 * @param resource the runbook's "Resource", e.g. {@code CPU}
 * @param capacity the runbook's "Current Capacity", e.g. {@code 4 cores}
 * @param trigger the threshold; its {@code text} is the runbook's "Scale Trigger", e.g. {@code >70% for 1 hour}
 * @param holdFor how long the trigger must hold before the row triggers; zero means at once
 * @param action the runbook's "Action", e.g. {@code Add 2 cores}
 */
public record CapacityRule(String id, String resource, String capacity, CapacityMetric metric, Threshold trigger,
        Duration holdFor, String action) {

    public CapacityRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(holdFor, "holdFor");
    }
}
