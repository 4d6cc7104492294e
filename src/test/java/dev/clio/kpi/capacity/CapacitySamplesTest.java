package dev.clio.kpi.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Metrics;
import dev.clio.ops.Resources;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Operations field gives each capacity metric, and when a value is no data rather than 0. */
class CapacitySamplesTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:30Z");

    @Test
    void systemFiguresGiveCpuMemoryAndDisk() {
        CapacitySample s = CapacitySamples.of(AT, system(42.5, 61.0, 500, 1000), null, null);
        assertThat(s.reading(CapacityMetric.CPU_PERCENT).value()).isEqualTo(42.5);
        assertThat(s.reading(CapacityMetric.MEMORY_PERCENT).value()).isEqualTo(61.0);
        assertThat(s.reading(CapacityMetric.DISK_PERCENT).value()).isEqualTo(50.0);
        assertThat(s.reading(CapacityMetric.DB_CONNECTIONS).value()).isNull();
        assertThat(s.reading(CapacityMetric.API_RPS).note()).isEqualTo("the metrics summary did not answer");
    }

    @Test
    void whatTheProbeCannotTellIsNoDataNotZero() {
        CapacitySample s = CapacitySamples.of(AT, system(0, 0, 0, 0), null, null);
        assertThat(s.reading(CapacityMetric.CPU_PERCENT)).isEqualTo(
                CapacityReading.noData("the machine's CPU load is not sampled yet"));
        assertThat(s.reading(CapacityMetric.MEMORY_PERCENT).value()).isNull();
        assertThat(s.reading(CapacityMetric.DISK_PERCENT).value()).isNull();
        assertThat(CapacitySamples.of(AT, null, null, null).reading(CapacityMetric.CPU_PERCENT).note())
                .isEqualTo("the system call did not answer");
    }

    @Test
    void databaseConnectionsAreTheClientStatesOfPgStatActivity() {
        Resources.Table pg = new Resources.Table("Connections by state", List.of("state", "connections"),
                List.of(List.of("idle", "640"), List.of("active", "171"), List.of("background", "6")), "");
        assertThat(CapacitySamples.connections(pg).value()).isEqualTo(811.0);
        Resources.Table sqlite = new Resources.Table("Connections by state", List.of("state", "connections"),
                List.of(), "connection states are a PostgreSQL view; SQLite has none");
        assertThat(CapacitySamples.connections(sqlite)).isEqualTo(
                CapacityReading.noData("connection states are a PostgreSQL view; SQLite has none"));
    }

    @Test
    void requestsPerSecondAreDividedByTheSecondsTheWindowCovers() {
        // 4 whole minutes and 31 s of the current one: 271 s
        Metrics.Summary summary = summary(271 * 900L);
        assertThat(CapacitySamples.rps(AT, summary).value()).isEqualTo(900.0);
        assertThat(CapacitySamples.rps(AT, summary(0)).value()).as("no requests is a real 0").isZero();
    }

    private static Resources.SystemStatus system(double cpu, double memory, long diskUsed, long diskTotal) {
        return new Resources.SystemStatus(1, 1, 1, 1, 1, cpu, memory, diskTotal, diskUsed,
                diskTotal == 0 ? 0 : 100.0 * diskUsed / diskTotal, 4, AT);
    }

    private static Metrics.Summary summary(long requests) {
        return new Metrics.Summary("5m", requests, 0, 0, new Metrics.Latency(1, 2, 3), List.of(), Map.of(), 0, 0, 0,
                0, 0);
    }
}
