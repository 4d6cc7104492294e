package dev.clio.cli;

import dev.clio.kpi.capacity.CapacityRule;
import dev.clio.kpi.capacity.CapacityStatus;
import dev.clio.ops.Metrics;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON form of one {@code capacity} evaluation: the growth series and every row, in plain names. */
record CapacityReport(Instant evaluatedAt, String target, boolean triggered, Metrics.Growth growth,
        List<Row> capacity) {

    /**
     * @param current null for no data
     * @param heldSeconds how long the trigger has held, or null when it does not hold
     */
    record Row(String id, String resource, String capacity, String metric, Double current, String unit,
            String trigger, String op, double threshold, long forSeconds, String state, Long heldSeconds,
            Instant since, boolean triggered, String reason, String action) {
    }

    static CapacityReport of(Metrics.Growth growth, List<CapacityStatus> rows, String target) {
        Instant at = rows.isEmpty() ? Instant.now() : rows.get(0).evaluatedAt();
        return new CapacityReport(at, target, rows.stream().anyMatch(CapacityStatus::triggered), growth,
                rows.stream().map(CapacityReport::row).toList());
    }

    private static Row row(CapacityStatus s) {
        CapacityRule r = s.rule();
        return new Row(r.id(), r.resource(), r.capacity(), r.metric().id(), s.current(), r.metric().unit(),
                r.trigger().text(), r.trigger().op(), r.trigger().value(), r.holdFor().toSeconds(),
                s.state().name().toLowerCase(Locale.ROOT), s.held() == null ? null : s.held().toSeconds(), s.since(),
                s.triggered(), s.reason(), r.action());
    }
}
