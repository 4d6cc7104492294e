package dev.clio.runbook;

import dev.clio.kpi.AlertCondition;
import dev.clio.kpi.AlertRule;
import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.KpiDefinition;
import dev.clio.kpi.capacity.CapacityMetric;
import dev.clio.kpi.capacity.CapacityRule;
import dev.clio.kpi.capacity.CapacitySamples;
import dev.clio.kpi.capacity.CapacityTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each measured value's thresholds come from in the seed: the KPI it is (warning and critical of kpis.yaml,
 * alert thresholds of alerts.yaml), the capacity row it is (capacity.yaml), and the numbers a procedure states itself.
 * Read from the jar's catalogs, so a changed KPI table shows up as a built-in threshold that no longer matches.
 */
final class SeedThresholds {

    private static final Pattern READING = Pattern.compile("readings\\[id == '([a-z0-9_]+)'\\]\\.value");
    private static final KpiCatalog KPIS = KpiCatalog.defaults();
    private static final CapacityTable CAPACITY = CapacityTable.defaults();

    private SeedThresholds() {
    }

    static List<Double> forPath(String call, String path) {
        Matcher reading = READING.matcher(path);
        if (reading.matches()) {
            return kpi(reading.group(1), 1);
        }
        List<Double> out = new ArrayList<>();
        switch (path) {
            case "memory_percent", "max(items[].memory_percent)" -> {
                out.addAll(kpi("memory_usage", 1));
                out.add(90.0); // High Memory Usage: "Restart if memory usage >90%" (also High Error Rate's)
                if (call.equals("system.status")) {
                    out.addAll(capacity(CapacityMetric.MEMORY_PERCENT, 1));
                }
            }
            case "disk_percent" -> {
                out.addAll(kpi("disk_usage", 1));
                out.addAll(capacity(CapacityMetric.DISK_PERCENT, 1));
            }
            case "system_cpu_percent", "max(items[].cpu_percent)" -> {
                out.addAll(kpi("cpu_usage", 1));
                out.addAll(capacity(CapacityMetric.CPU_PERCENT, 1));
            }
            case "latency.p95_ms" -> out.addAll(kpi("api_response_time_p95", 1));
            // metrics.summary's rates are fractions; the KPIs and alerts are percentages
            case "error_rate" -> out.addAll(kpi("api_error_rate", 0.01));
            case "success_rate" -> out.addAll(kpi("workflow_success_rate", 0.01));
            case "average_completion_seconds" -> out.addAll(kpi("workflow_completion_time", 1));
            case "sum(rows[].connections)" -> out.addAll(capacity(CapacityMetric.DB_CONNECTIONS, 1));
            // requests in the summary's window at the capacity row's requests per second
            case "total_requests" -> out.addAll(capacity(CapacityMetric.API_RPS,
                    CapacitySamples.RPS_WINDOW.toSeconds()));
            case "max(rows[].mean_ms)" -> out.add(1000.0); // High Database Load: "WHERE mean_time > 1000"
            case "open_files" -> out.add(1000.0); // the high-memory-usage example's own bound (not in the seed)
            default -> {
            }
        }
        return out;
    }

    private static List<Double> kpi(String id, double scale) {
        List<Double> out = new ArrayList<>();
        KpiDefinition k = KPIS.kpi(id).orElseThrow(() -> new AssertionError("no KPI " + id));
        out.add(k.warning().value() * scale);
        out.add(k.critical().value() * scale);
        for (AlertRule rule : KPIS.rules()) {
            AlertCondition c = rule.condition();
            if (c.kind() == AlertCondition.Kind.THRESHOLD && id.equals(c.kpi())) {
                out.add(c.threshold() * scale);
            }
        }
        return out;
    }

    private static List<Double> capacity(CapacityMetric metric, double scale) {
        return CAPACITY.rules().stream().filter(r -> r.metric() == metric).map(CapacityRule::trigger)
                .map(t -> t.value() * scale).toList();
    }
}
