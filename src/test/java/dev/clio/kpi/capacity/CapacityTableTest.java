package dev.clio.kpi.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.kpi.CatalogProblem;
import dev.clio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped table is the runbook's, and a workspace can override it without being able to break it. */
class CapacityTableTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        cpu|CPU|4 cores|CPU_PERCENT|>|70|PT1H|>70% for 1 hour|Add 2 cores
        memory|Memory|8GB|MEMORY_PERCENT|>|80|PT30M|>80% for 30 min|Add 4GB
        storage|Storage|100GB|DISK_PERCENT|>|80|PT0S|>80% used|Add 100GB
        database|Database|1000 conn|DB_CONNECTIONS|>|800|PT0S|>800 conn|Scale up DB
        api_requests|API Requests|1000 RPS|API_RPS|>|800|PT0S|>800 RPS|Add instance
        """)
    void everyRowCarriesTheRunbooksNumbersAndWording(String id, String resource, String capacity,
            CapacityMetric metric, String op, double threshold, Duration holdFor, String trigger, String action) {
        CapacityRule r = CapacityTable.defaults().rule(id).orElseThrow();
        assertThat(r.resource()).isEqualTo(resource);
        assertThat(r.capacity()).isEqualTo(capacity);
        assertThat(r.metric()).isEqualTo(metric);
        assertThat(r.trigger().op()).isEqualTo(op);
        assertThat(r.trigger().value()).isEqualTo(threshold);
        assertThat(r.trigger().text()).isEqualTo(trigger);
        assertThat(r.holdFor()).isEqualTo(holdFor);
        assertThat(r.action()).isEqualTo(action);
    }

    @Test
    void theDefaultsAreFiveRowsInTheRunbooksOrderWithoutProblems() {
        CapacityTable t = CapacityTable.defaults();
        assertThat(t.problems()).isEmpty();
        assertThat(t.rules()).extracting(CapacityRule::id)
                .containsExactly("cpu", "memory", "storage", "database", "api_requests");
        assertThat(t.maxSampleGap()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aWorkspaceChangesOnlyTheFieldsItGivesAddsAndRemovesRows() throws Exception {
        Workspace ws = workspace("""
                max_sample_gap: 2m
                capacity:
                  - id: cpu
                    threshold: 60
                    for: 15m
                  - id: database
                    enabled: false
                  - id: heap
                    metric: memory_percent
                    threshold: 90
                    action: Restart the service
                """);
        CapacityTable t = CapacityTable.load(ws);
        assertThat(t.problems()).isEmpty();
        assertThat(t.maxSampleGap()).isEqualTo(Duration.ofMinutes(2));
        CapacityRule cpu = t.rule("cpu").orElseThrow();
        assertThat(cpu.trigger().value()).isEqualTo(60);
        assertThat(cpu.holdFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(cpu.action()).isEqualTo("Add 2 cores");
        assertThat(t.rule("database")).isEmpty();
        CapacityRule heap = t.rule("heap").orElseThrow();
        assertThat(heap.trigger().text()).isEqualTo(">90");
        assertThat(heap.holdFor()).isZero();
        assertThat(t.rules()).extracting(CapacityRule::id).endsWith("heap");
    }

    @Test
    void aBrokenRowIsReportedWithItsLineAndTheDefaultStands() throws Exception {
        Workspace ws = workspace("""
                capacity:
                  - id: cpu
                    for: soon
                  - id: memory
                    metric: swap_percent
                  - id: extra
                    metric: api_rps
                    action: Add instance
                  - threshold: 3
                colour: blue
                """);
        CapacityTable t = CapacityTable.load(ws);
        String file = ws.config().resolve("capacity.yaml").toString();
        assertThat(t.problems()).extracting(CatalogProblem::toString).containsExactly(
                file + ": unknown setting 'colour'; the settings are [max_sample_gap] and 'capacity'",
                file + ":2: capacity 'cpu': 'for': 'soon' is not a duration; use a number and a unit s, m, h or d, "
                        + "e.g. 10m, 1h, 24h, 7d; using the default",
                file + ":4: capacity 'memory': 'metric' is 'swap_percent' but must be one of [cpu_percent, "
                        + "memory_percent, disk_percent, db_connections, api_rps]; using the default",
                file + ":6: capacity 'extra': 'threshold' is required and must be a number; row left out",
                file + ":9: an entry has no 'id'; the rows are [cpu, memory, storage, database, api_requests]");
        assertThat(t.rule("cpu").orElseThrow().holdFor()).isEqualTo(Duration.ofHours(1));
        assertThat(t.rule("memory").orElseThrow().metric()).isEqualTo(CapacityMetric.MEMORY_PERCENT);
        assertThat(t.rules()).hasSize(5);
    }

    @Test
    void aDuplicateKeyIsRefusedAsAWholeAndTheDefaultsApply() throws Exception {
        CapacityTable t = CapacityTable.load(workspace("capacity:\n  - id: cpu\n    for: 1m\n    for: 2h\n"));
        assertThat(t.problems()).singleElement().asString().contains("capacity.yaml:4: not valid YAML")
                .contains("Duplicate field 'for'").endsWith("; using the defaults");
        assertThat(t.rule("cpu").orElseThrow().holdFor()).isEqualTo(Duration.ofHours(1));
        assertThat(t.rules()).hasSize(5);
    }

    private Workspace workspace(String capacityYaml) throws Exception {
        Workspace ws = new Workspace(temp.resolve("ws"));
        Files.createDirectories(ws.config());
        Files.writeString(ws.config().resolve("capacity.yaml"), capacityYaml);
        return ws;
    }
}
