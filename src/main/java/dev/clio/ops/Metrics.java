package dev.clio.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Records of the metrics calls ("High Error Rate", "Token Budget Exceeded", the KPI tiles, "Growth Monitoring"). */
public final class Metrics {

    private Metrics() {
    }

    /**
     * @param errors error counts by kind, e.g. {@code http_5xx}, {@code http_4xx}, {@code workflow_failed},
     *     {@code adapter_unavailable}, {@code budget_exceeded} (the runbook runs {@code … | jq .errors})
     */
    public record Summary(String window, long totalRequests, long errorRequests, double errorRate, Latency latency,
            List<EndpointCount> endpoints, Map<String, Long> errors, long workflowExecutions,
            long successfulExecutions, long failedExecutions, double successRate, double averageCompletionSeconds) {
        public Summary {
            endpoints = List.copyOf(endpoints);
            errors = Map.copyOf(errors);
        }
    }

    public record Latency(double p50Ms, double p95Ms, double p99Ms) {
    }

    public record EndpointCount(String endpoint, String method, int status, long count) {
    }

    /**
     * @param burnRatePerHour tokens per hour over the last hour
     * @param projectedExhaustion when {@code remaining} runs out at that rate, or null when it does not
     */
    public record TokenUsage(long dailyUsage, long budget, long remaining, Map<String, Long> byWorkflow,
            double burnRatePerHour, Instant projectedExhaustion) {
        public TokenUsage {
            byWorkflow = Map.copyOf(byWorkflow);
        }
    }

    /** Every KPI of the runbook's three tables, as measured now. */
    public record KpiSnapshot(Instant takenAt, List<KpiReading> readings) {
        public KpiSnapshot {
            readings = List.copyOf(readings);
        }
    }

    /** @param value null means no data (distinct from zero) */
    public record KpiReading(String id, Double value, String unit, Instant measuredAt, String note) {
    }

    /**
     * The runbook's "Growth Monitoring" series: one {@link GrowthDay} per UTC day from {@code from} to {@code to}
     * (today), oldest first, a day without activity present with zeros. The last day is still going on.
     */
    public record Growth(LocalDate from, LocalDate to, List<GrowthDay> days) {
        public Growth {
            days = List.copyOf(days);
        }
    }

    /**
     * One UTC day of real (not dry-run) workflow executions, by the day they started ({@code docs/capacity.md}).
     *
     * @param activeUsers distinct caller identities ({@code key:<prefix>} or {@code local:<user>}) that started at
     *     least one execution that day: the runbook's {@code grep workflow_execution | jq .user_id | sort -u}
     * @param failed failed or interrupted; {@code executions - succeeded - failed} were cancelled or are running
     * @param tokens tokens used by the executions started that day
     */
    public record GrowthDay(LocalDate date, long activeUsers, long executions, long succeeded, long failed,
            long tokens) {
    }
}
