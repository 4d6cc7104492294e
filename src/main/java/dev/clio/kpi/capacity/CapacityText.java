package dev.clio.kpi.capacity;

import dev.clio.kpi.ValueFormat;
import java.time.Duration;

/** The reasons of capacity rows: {@code 72% for 12 min of 1 h}, {@code 85% >80% used: Add 100GB}. */
final class CapacityText {

    private CapacityText() {
    }

    static String value(double v, CapacityMetric metric) {
        return ValueFormat.value(v, metric.unit());
    }

    static String noData(CapacityReading r) {
        return "no data: " + r.note();
    }

    static String ok(CapacityRule rule, double v) {
        return value(v, rule.metric()) + ", trigger " + rule.trigger().text();
    }

    static String holding(CapacityRule rule, double v, Duration held) {
        return value(v, rule.metric()) + " for " + ValueFormat.duration(held) + " of "
                + ValueFormat.duration(rule.holdFor());
    }

    static String triggered(CapacityRule rule, double v, Duration held) {
        String condition = rule.holdFor().isZero() ? value(v, rule.metric()) + " " + rule.trigger().text()
                : holding(rule, v, held);
        return condition + ": " + rule.action();
    }
}
