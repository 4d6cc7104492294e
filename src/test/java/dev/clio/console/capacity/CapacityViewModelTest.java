package dev.clio.console.capacity;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.kpi.capacity.CapacityState;
import dev.clio.ops.Operations;
import dev.clio.ops.Workflows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view model against a real embedded workspace that has run real workflows, with a clock moved by hand so
 * "held for 30 min" is a matter of samples, not of waiting. The UI executor runs in place (no stage).
 */
class CapacityViewModelTest {

    /** Memory above 0 % always holds, so the memory row's duration grows sample by sample; storage triggers at once. */
    private static final String OVERRIDE = """
            capacity:
              - id: memory
                threshold: 0
                trigger: ">0% for 30 min"
              - id: storage
                threshold: 0
                trigger: ">0% used"
            """;

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
    private TestConsole console;
    private CapacityViewModel vm;

    @BeforeEach
    void open() throws IOException {
        console = TestConsole.embedded(dir, Runnable::run, clock);
        Files.createDirectories(console.workspace().config());
        Files.writeString(console.workspace().config().resolve("capacity.yaml"), OVERRIDE);
        try (InputStream in = getClass().getResourceAsStream("/ops/FAILING.yaml")) {
            Files.copy(in, console.workspace().workflows().resolve("FAILING.yaml"));
        }
        vm = new CapacityViewModel(console.context());
    }

    @AfterEach
    void close() {
        vm.close();
        console.close();
    }

    @Test
    void chartsCountTodaysRealExecutionsAndTheTableFollowsTheRunbook() {
        Session session = console.connect("development");
        runToEnd(session.operations(), "HELLO.yaml");
        runToEnd(session.operations(), "FAILING.yaml");
        long tokens = session.operations().history(10).stream().mapToLong(Workflows.Execution::tokensUsed).sum();
        vm.refresh();
        GrowthCharts charts = awaitCharts(c -> c.succeeded().get(c.succeeded().size() - 1) == 1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(charts.days()).hasSize(30).first().isEqualTo(today.minusDays(29));
        assertThat(charts.days()).last().isEqualTo(today);
        assertThat(List.of(charts.activeUsers(), charts.succeeded(), charts.failed(), charts.tokens()))
                .allSatisfy(series -> assertThat(series).hasSize(30));
        assertThat(last(charts.activeUsers())).isEqualTo(1);
        assertThat(last(charts.failed())).isEqualTo(1);
        assertThat(last(charts.tokens())).isEqualTo(tokens);
        assertThat(charts.total(charts.succeeded())).as("no execution before today").isEqualTo(1);

        List<CapacityRow> rows = awaitRows(r -> r.size() == 5);
        assertThat(rows).extracting(CapacityRow::resource)
                .containsExactly("CPU", "Memory", "Storage", "Database", "API Requests");
        assertThat(rows).extracting(CapacityRow::action)
                .containsExactly("Add 2 cores", "Add 4GB", "Add 100GB", "Scale up DB", "Add instance");
        assertThat(row(rows, "cpu").trigger()).as("the runbook's wording from capacity.yaml")
                .isEqualTo(">70% for 1 hour");
        assertThat(row(rows, "memory").trigger()).as("the workspace's override").isEqualTo(">0% for 30 min");
        CapacityRow database = row(rows, "database");
        assertThat(database.state()).as("SQLite has no server connections").isEqualTo(CapacityState.NO_DATA);
        assertThat(database.current()).isEqualTo("no data");
        assertThat(database.stateText()).isEqualTo("no data");
        assertThat(database.held()).isNotBlank().doesNotStartWith("no data");
        assertThat(row(rows, "storage").state()).isEqualTo(CapacityState.TRIGGERED);
        assertThat(row(rows, "storage").held()).endsWith("now (no duration needed)");
        assertThat(row(rows, "api_requests").state()).as("no requests is a real 0").isEqualTo(CapacityState.OK);
        assertThat(row(rows, "api_requests").held()).isEqualTo("not holding");
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.updatedProperty().get()).isEqualTo("updated 0 s ago");
        clock.advance(Duration.ofSeconds(47));
        vm.tick();
        assertThat(vm.updatedProperty().get()).isEqualTo("updated 47 s ago");
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void aTriggerTriggersOnlyOnceItHasHeldForItsWholeDurationAndASessionSwitchStartsAfresh() {
        console.connect("development");
        vm.refresh();
        assertThat(awaitMemory(r -> r.held().endsWith(" for 0 s of 30 min")).state())
                .isEqualTo(CapacityState.HOLDING);
        for (int minutes = 4; minutes <= 28; minutes += 4) {
            clock.advance(Duration.ofMinutes(4));
            vm.refresh();
            String held = " for " + minutes + " min of 30 min";
            assertThat(awaitMemory(r -> r.held().endsWith(held)).state()).isEqualTo(CapacityState.HOLDING);
        }
        clock.advance(Duration.ofMinutes(4));
        vm.refresh();
        assertThat(awaitMemory(r -> r.held().endsWith(" for 32 min of 30 min")).state())
                .isEqualTo(CapacityState.TRIGGERED);

        // a gap longer than max_sample_gap (5m): nothing is known about the time between, the duration restarts
        clock.advance(Duration.ofMinutes(6));
        vm.refresh();
        assertThat(awaitMemory(r -> r.held().endsWith(" for 0 s of 30 min")).state())
                .isEqualTo(CapacityState.HOLDING);
        clock.advance(Duration.ofMinutes(4));
        vm.refresh();
        awaitMemory(r -> r.held().endsWith(" for 4 min of 30 min"));

        console.connect("staging");
        assertThat(vm.rowsProperty().get()).as("the old session's rows are not shown for the new one").isEmpty();
        vm.refresh();
        assertThat(awaitMemory(r -> r.held().endsWith(" for 0 s of 30 min")).state())
                .as("a new session has its own evaluator").isEqualTo(CapacityState.HOLDING);
    }

    @Test
    void aServerThatStopsAnsweringKeepsTheLastDataAndSaysWhy() {
        try (ServedEngine served = new ServedEngine(console.workspace())) {
            console.context().sessions().switchTo(new Session("remote", "staging", "server " + served.url(),
                    served.client(), null));
            vm.refresh();
            awaitRows(r -> r.size() == 5);
            assertThat(row(vm.rowsProperty().get(), "memory").trigger()).as("no workspace: the jar's table")
                    .isEqualTo(">80% for 30 min");
            assertThat(vm.chartsProperty().get().days()).hasSize(30);
            served.stopServer();
            clock.advance(Duration.ofSeconds(30));
            vm.refresh();
            await().atMost(Duration.ofSeconds(20)).until(() -> vm.problemProperty().get() != null);
            assertThat(vm.problemProperty().get()).as("one cause, said once")
                    .startsWith("The engine is not answering").doesNotContain("Growth series:");
            assertThat(vm.chartsProperty().get().days()).as("the last charts stay").hasSize(30);
            assertThat(vm.rowsProperty().get()).as("the last table stays").hasSize(5);
            assertThat(vm.updatedProperty().get()).isEqualTo("updated 30 s ago");
            assertThat(vm.staleProperty().get()).isTrue();
        }
    }

    @Test
    void withoutASessionNothingIsFetchedAndItSaysSo() {
        vm.refresh();
        assertThat(vm.updatedProperty().get()).isEqualTo("not connected");
        assertThat(vm.rowsProperty().get()).isEmpty();
        assertThat(vm.chartsProperty().get().isEmpty()).isTrue();
    }

    private CapacityRow awaitMemory(Predicate<CapacityRow> condition) {
        return row(awaitRows(rows -> rows.size() == 5 && condition.test(row(rows, "memory"))), "memory");
    }

    private List<CapacityRow> awaitRows(Predicate<List<CapacityRow>> condition) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> vm.rowsProperty().get(), condition);
    }

    private GrowthCharts awaitCharts(Predicate<GrowthCharts> condition) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> vm.chartsProperty().get(),
                c -> !c.isEmpty() && condition.test(c));
    }

    private static CapacityRow row(List<CapacityRow> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static long last(List<Long> series) {
        return series.get(series.size() - 1);
    }

    private static void runToEnd(Operations ops, String file) {
        String id = ops.execute(new Workflows.ExecuteRequest(file, false, null, null, null, Map.of())).executionId();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> ops.execution(id), e -> Set.of("succeeded", "failed").contains(e.status()));
    }
}
