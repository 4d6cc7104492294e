package dev.clio.integrations.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Docker's stats formulas over engine answers: one shaped like Docker's (cgroup v2), one as Podman sends it. */
class StatsMathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MIB = 1024 * 1024;

    /** Docker with precpu_stats, cgroup v2 memory detail, two networks and two block devices. */
    private static final String DOCKER = """
            {"read": "2026-12-01T10:00:01.5Z",
             "cpu_stats": {"cpu_usage": {"total_usage": 400000000}, "system_cpu_usage": 20000000000,
                           "online_cpus": 2},
             "precpu_stats": {"cpu_usage": {"total_usage": 200000000}, "system_cpu_usage": 18000000000,
                              "online_cpus": 2},
             "memory_stats": {"usage": 104857600, "limit": 1073741824,
                              "stats": {"inactive_file": 31457280, "active_file": 1000}},
             "networks": {"eth0": {"rx_bytes": 1000, "tx_bytes": 10}, "eth1": {"rx_bytes": 24, "tx_bytes": 5}},
             "blkio_stats": {"io_service_bytes_recursive": [
                 {"major": 8, "minor": 0, "op": "read", "value": 4096},
                 {"major": 8, "minor": 0, "op": "write", "value": 8192},
                 {"major": 8, "minor": 16, "op": "Read", "value": 1},
                 {"major": 8, "minor": 16, "op": "Total", "value": 99999}]}}""";

    /** Podman's one-shot answer: no previous CPU sample, no memory detail, no block I/O. */
    private static final String PODMAN = """
            {"read": "2026-12-01T22:22:16.895560427Z", "preread": "0001-01-01T00:00:00Z",
             "cpu_stats": {"cpu_usage": {"total_usage": 41107004, "percpu_usage": [19512560, 21594444]},
                           "system_cpu_usage": 1835296881768, "online_cpus": 2},
             "precpu_stats": {"cpu_usage": {"total_usage": 0}},
             "memory_stats": {"usage": 745472, "limit": 25276059648},
             "blkio_stats": {"io_service_bytes_recursive": []},
             "networks": {"network": {"rx_bytes": 0, "tx_bytes": 0}}}""";

    @Test
    void dockerSamplesUseTheirPreviousCpuAndSubtractInactiveFile() throws Exception {
        ContainerStats s = StatsMath.stats("abc", "web", read(DOCKER), null, Instant.EPOCH);
        // 200M ns of 2,000M ns of host time, on 2 CPUs: 20 % (100 % would be one whole CPU)
        assertThat(s.cpuPercent()).isCloseTo(20.0, within(1e-9));
        assertThat(s.memoryUsedBytes()).isEqualTo(70 * MIB);
        assertThat(s.memoryLimitBytes()).isEqualTo(1024 * MIB);
        assertThat(s.memoryPercent()).isCloseTo(100.0 * 70 / 1024, within(1e-9));
        assertThat(s.netRxBytes()).isEqualTo(1024);
        assertThat(s.netTxBytes()).isEqualTo(15);
        assertThat(s.blockReadBytes()).isEqualTo(4097);
        assertThat(s.blockWriteBytes()).isEqualTo(8192);
        assertThat(s.measuredAt()).isEqualTo(Instant.parse("2026-12-01T10:00:01.5Z"));
    }

    @Test
    void podmanSamplesNeedTheLastSampleToCompareWith() throws Exception {
        JsonNode podman = read(PODMAN);
        assertThat(StatsMath.stats("id", "t1", podman, null, Instant.EPOCH).cpuPercent()).isNull();
        StatsMath.Cpu earlier = new StatsMath.Cpu(41_107_004 - 10_000_000, 1_835_296_881_768L - 1_000_000_000, 2);
        ContainerStats s = StatsMath.stats("id", "t1", podman, earlier, Instant.EPOCH);
        assertThat(s.cpuPercent()).isCloseTo(2.0, within(1e-9));
        assertThat(s.memoryUsedBytes()).isEqualTo(745_472);
        assertThat(s.blockReadBytes()).isZero();
    }

    @Test
    void cgroupV1CacheAndMissingFieldsAreHandled() throws Exception {
        JsonNode v1 = read("""
                {"memory_stats": {"usage": 1000, "limit": 0, "stats": {"cache": 400}},
                 "cpu_stats": {"cpu_usage": {"total_usage": 5, "percpu_usage": [1, 2, 2]}, "system_cpu_usage": 10}}""");
        assertThat(StatsMath.memoryUsed(v1)).isEqualTo(600);
        assertThat(StatsMath.cpu(v1, "cpu_stats").onlineCpus()).isEqualTo(3);
        ContainerStats s = StatsMath.stats("id", "n", v1, null, Instant.EPOCH);
        assertThat(s.memoryPercent()).isNull();
        assertThat(s.measuredAt()).isEqualTo(Instant.EPOCH);
        assertThat(StatsMath.cpuPercent(new StatsMath.Cpu(6, 10, 1), new StatsMath.Cpu(5, 10, 1))).isNull();
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json);
    }
}
