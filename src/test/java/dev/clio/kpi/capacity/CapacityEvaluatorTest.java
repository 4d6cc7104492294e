package dev.clio.kpi.capacity;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows hold, trigger and restart as the runbook's table says, with time moved by hand. */
class CapacityEvaluatorTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    final ManualClock clock = new ManualClock(T0);
    final CapacityEvaluator evaluator = new CapacityEvaluator(CapacityTable.defaults(), clock);

    @Test
    void beforeAnySampleEveryRowIsNoData() {
        assertThat(evaluator.last()).hasSize(5).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(CapacityState.NO_DATA);
            assertThat(s.display()).isEqualTo("no data");
        });
    }

    @Test
    void cpuOverSeventyTriggersOnlyAfterAWholeHourWithoutABreak() {
        CapacityStatus first = row(evaluator.update(cpu(72)), "cpu");
        assertThat(first.state()).isEqualTo(CapacityState.HOLDING);
        assertThat(first.held()).isZero();
        assertThat(first.reason()).isEqualTo("72% for 0 s of 1 h");
        clock.advance(Duration.ofMinutes(4));
        evaluator.update(cpu(75));
        clock.advance(Duration.ofMinutes(4));
        evaluator.update(cpu(71));
        clock.advance(Duration.ofMinutes(4));
        CapacityStatus twelve = row(evaluator.update(cpu(72)), "cpu");
        assertThat(twelve.reason()).isEqualTo("72% for 12 min of 1 h");
        assertThat(twelve.since()).isEqualTo(T0);
        assertThat(twelve.triggered()).isFalse();
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(4));
            evaluator.update(cpu(80));
        }
        CapacityStatus hour = row(evaluator.last(), "cpu");
        assertThat(hour.held()).isEqualTo(Duration.ofHours(1));
        assertThat(hour.triggered()).isTrue();
        assertThat(hour.state()).isEqualTo(CapacityState.TRIGGERED);
        assertThat(hour.reason()).isEqualTo("80% for 1 h of 1 h: Add 2 cores");
        assertThat(hour.rule().action()).isEqualTo("Add 2 cores");
    }

    @Test
    void aValueBackUnderTheTriggerRestartsTheDuration() {
        evaluator.update(cpu(90));
        clock.advance(Duration.ofMinutes(50));
        assertThat(row(evaluator.update(cpu(90)), "cpu").state()).isEqualTo(CapacityState.HOLDING);
        clock.advance(Duration.ofMinutes(1));
        CapacityStatus dip = row(evaluator.update(cpu(70)), "cpu");
        assertThat(dip.state()).isEqualTo(CapacityState.OK);
        assertThat(dip.reason()).isEqualTo("70%, trigger >70% for 1 hour");
        assertThat(dip.held()).isNull();
        clock.advance(Duration.ofMinutes(1));
        CapacityStatus again = row(evaluator.update(cpu(90)), "cpu");
        assertThat(again.held()).isZero();
        assertThat(again.since()).isEqualTo(clock.instant());
    }

    @Test
    void noDataIsNotZeroAndBreaksTheDuration() {
        evaluator.update(cpu(90));
        clock.advance(Duration.ofMinutes(30));
        CapacityStatus missing = row(evaluator.update(new CapacitySample(clock.instant(), Map.of(
                CapacityMetric.CPU_PERCENT, CapacityReading.noData("the system call did not answer")))), "cpu");
        assertThat(missing.state()).isEqualTo(CapacityState.NO_DATA);
        assertThat(missing.current()).isNull();
        assertThat(missing.reason()).isEqualTo("no data: the system call did not answer");
        clock.advance(Duration.ofMinutes(1));
        assertThat(row(evaluator.update(cpu(90)), "cpu").held()).isZero();
        assertThat(row(evaluator.update(null), "memory").reason())
                .isEqualTo("no data: no sample: the sources did not answer");
    }

    @Test
    void aGapLongerThanTheTablesLimitRestartsEveryDuration() {
        evaluator.update(cpu(90));
        clock.advance(Duration.ofMinutes(5));
        assertThat(row(evaluator.update(cpu(90)), "cpu").held()).isEqualTo(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(row(evaluator.update(cpu(90)), "cpu").held()).as("nothing is known about the gap").isZero();
    }

    @Test
    void rowsWithoutADurationTriggerAtOnceAndSayWhatToDo() {
        CapacitySample sample = new CapacitySample(T0, Map.of(
                CapacityMetric.DISK_PERCENT, CapacityReading.of(85, "volume"),
                CapacityMetric.DB_CONNECTIONS, CapacityReading.of(800, "pg"),
                CapacityMetric.API_RPS, CapacityReading.of(812.5, "requests"),
                CapacityMetric.MEMORY_PERCENT, CapacityReading.of(81, "memory")));
        List<CapacityStatus> rows = evaluator.update(sample);
        assertThat(row(rows, "storage").reason()).isEqualTo("85% >80% used: Add 100GB");
        assertThat(row(rows, "storage").triggered()).isTrue();
        assertThat(row(rows, "database").state()).as("800 is not > 800").isEqualTo(CapacityState.OK);
        assertThat(row(rows, "database").display()).isEqualTo("800 conn");
        assertThat(row(rows, "api_requests").reason()).isEqualTo("812.5 RPS >800 RPS: Add instance");
        assertThat(row(rows, "memory").reason()).isEqualTo("81% for 0 s of 30 min");
        assertThat(row(rows, "cpu").state()).isEqualTo(CapacityState.NO_DATA);
        assertThat(row(rows, "cpu").reason()).isEqualTo("no data: not measured");
    }

    private static CapacitySample cpu(double percent) {
        return new CapacitySample(T0, Map.of(CapacityMetric.CPU_PERCENT, CapacityReading.of(percent, "test")));
    }

    static CapacityStatus row(List<CapacityStatus> rows, String id) {
        return rows.stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
    }
}
