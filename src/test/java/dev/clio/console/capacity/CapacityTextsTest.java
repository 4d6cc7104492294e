package dev.clio.console.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.kpi.capacity.CapacityRule;
import dev.clio.kpi.capacity.CapacityState;
import dev.clio.kpi.capacity.CapacityStatus;
import dev.clio.kpi.capacity.CapacityTable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words and numbers the view shows, from the evaluator's real statuses over the jar's table. */
class CapacityTextsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final CapacityTable table = CapacityTable.defaults();

    @Test
    void heldSaysHowLongOfHowLongOrWhyThereIsNoData() {
        CapacityRule cpu = table.rule("cpu").orElseThrow();
        CapacityRow holding = CapacityRow.of(new CapacityStatus(cpu, CapacityState.HOLDING, 72.0,
                Duration.ofMinutes(12), NOW.minusSeconds(720), "72% for 12 min of 1 h", NOW));
        assertThat(holding.held()).isEqualTo("72% for 12 min of 1 h");
        assertThat(holding.current()).isEqualTo("72%");
        assertThat(holding.stateText()).isEqualTo("holding");
        CapacityRow triggered = CapacityRow.of(new CapacityStatus(cpu, CapacityState.TRIGGERED, 75.0,
                Duration.ofMinutes(65), NOW.minusSeconds(3900), "75% for 1 h 5 min of 1 h: Add 2 cores", NOW));
        assertThat(triggered.held()).as("the action has its own column").isEqualTo("75% for 1 h 5 min of 1 h");
        CapacityRow database = CapacityRow.of(new CapacityStatus(table.rule("database").orElseThrow(),
                CapacityState.NO_DATA, null, null, null, "no data: not applicable on SQLite", NOW));
        assertThat(database.current()).isEqualTo("no data");
        assertThat(database.stateText()).isEqualTo("no data");
        assertThat(database.held()).isEqualTo("not applicable on SQLite");
        assertThat(database.action()).isEqualTo("Scale up DB");
        assertThat(database.trigger()).isEqualTo(">800 conn");
    }

    @Test
    void aLostConnectionIsSaidOnceAndPartialFailuresNameTheirCall() {
        CapacityRefresh.Failure growth = new CapacityRefresh.Failure("Growth series", "The engine is not answering: a");
        CapacityRefresh.Failure db = new CapacityRefresh.Failure("Database connections", "This key may not do that: b");
        assertThat(new CapacityRefresh(null, null, null, List.of(growth, db), List.of(), NOW).problemOrNull())
                .isEqualTo("The engine is not answering: a");
        assertThat(new CapacityRefresh(null, GrowthCharts.empty(), null, List.of(db), List.of(), NOW)
                .problemOrNull()).isEqualTo("Database connections: This key may not do that: b");
        assertThat(new CapacityRefresh(null, GrowthCharts.empty(), List.of(), List.of(), List.of(), NOW)
                .problemOrNull()).isNull();
    }

    @Test
    void axesStepInRoundWholeNumbersAndTokensReadCompactly() {
        assertThat(GrowthAxes.step(4)).isEqualTo(1);
        assertThat(GrowthAxes.step(6)).isEqualTo(2);
        assertThat(GrowthAxes.step(37)).isEqualTo(10);
        assertThat(GrowthAxes.step(123_456)).isEqualTo(50_000);
        assertThat(GrowthAxes.compact(950)).isEqualTo("950");
        assertThat(GrowthAxes.compact(12_400)).isEqualTo("12.4k");
        assertThat(GrowthAxes.compact(3_000_000)).isEqualTo("3M");
    }
}
