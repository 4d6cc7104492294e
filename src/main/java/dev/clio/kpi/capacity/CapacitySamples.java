package dev.clio.kpi.capacity;

import dev.clio.kpi.ValueFormat;
import dev.clio.ops.Metrics;
import dev.clio.ops.Resources;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the answers of {@code Operations.system()}, {@code dbActivity()} and {@code metricsSummary(RPS_WINDOW)} into a
 * {@link CapacitySample}. A call that did not answer is passed as null and its metrics read as no data, never 0.
 * Pure: the caller makes the calls (off the UI thread), this only reads their records.
 */
public final class CapacitySamples {

    /** The window to ask {@code metricsSummary} for; requests per second are its mean. */
    public static final Duration RPS_WINDOW = Duration.ofMinutes(5);

    private CapacitySamples() {
    }

    public static CapacitySample of(Instant at, Resources.SystemStatus systemOrNull, Resources.Table dbActivityOrNull,
            Metrics.Summary requestsOrNull) {
        Map<CapacityMetric, CapacityReading> r = new EnumMap<>(CapacityMetric.class);
        system(r, systemOrNull);
        r.put(CapacityMetric.DB_CONNECTIONS, connections(dbActivityOrNull));
        r.put(CapacityMetric.API_RPS, rps(at, requestsOrNull));
        return new CapacitySample(at, r);
    }

    // The probe reports 0 for what the platform does not tell (its record holds plain numbers): a machine with no
    // memory in use or no disk is not real, and a CPU load of exactly 0 is what the JDK says before its first sample.
    private static void system(Map<CapacityMetric, CapacityReading> r, Resources.SystemStatus s) {
        if (s == null) {
            CapacityReading none = CapacityReading.noData("the system call did not answer");
            r.put(CapacityMetric.CPU_PERCENT, none);
            r.put(CapacityMetric.MEMORY_PERCENT, none);
            r.put(CapacityMetric.DISK_PERCENT, none);
            return;
        }
        r.put(CapacityMetric.CPU_PERCENT, s.systemCpuPercent() > 0
                ? CapacityReading.of(s.systemCpuPercent(), "machine CPU load, " + s.cores() + " cores")
                : CapacityReading.noData("the machine's CPU load is not sampled yet"));
        r.put(CapacityMetric.MEMORY_PERCENT, s.memoryPercent() > 0
                ? CapacityReading.of(s.memoryPercent(), "machine memory in use")
                : CapacityReading.noData("this platform does not report machine memory"));
        r.put(CapacityMetric.DISK_PERCENT, s.diskTotalBytes() > 0
                ? CapacityReading.of(s.diskPercent(), "the workspace volume, " + gib(s.diskUsedBytes()) + " of "
                        + gib(s.diskTotalBytes()) + " GiB")
                : CapacityReading.noData("the workspace volume cannot be read"));
    }

    /** Client connections of the PostgreSQL server: every state but {@code background} (server processes). */
    static CapacityReading connections(Resources.Table activity) {
        if (activity == null) {
            return CapacityReading.noData("the database activity call did not answer");
        }
        int state = activity.columns().indexOf("state");
        int count = activity.columns().indexOf("connections");
        if (activity.rows().isEmpty() || state < 0 || count < 0) {
            return CapacityReading.noData(activity.note() == null || activity.note().isBlank()
                    ? "the database reports no connections" : activity.note());
        }
        long total = 0;
        try {
            for (List<String> row : activity.rows()) {
                if (!"background".equals(row.get(state))) {
                    total += Long.parseLong(row.get(count).strip());
                }
            }
        } catch (RuntimeException e) {
            return CapacityReading.noData("the database activity table has an unreadable count");
        }
        return CapacityReading.of(total, "client connections (pg_stat_activity)");
    }

    /**
     * The window is whole server minutes, the current one partly gone: the requests are divided by the seconds the
     * window really covers, so a steady rate does not read low early in a minute.
     */
    static CapacityReading rps(Instant at, Metrics.Summary s) {
        if (s == null) {
            return CapacityReading.noData("the metrics summary did not answer");
        }
        long covered = (RPS_WINDOW.toMinutes() - 1) * 60 + at.getEpochSecond() % 60 + 1;
        return CapacityReading.of((double) s.totalRequests() / covered, s.totalRequests() + " requests in the last "
                + RPS_WINDOW.toMinutes() + " min");
    }

    private static String gib(long bytes) {
        return ValueFormat.number(bytes / (1024.0 * 1024 * 1024));
    }
}
