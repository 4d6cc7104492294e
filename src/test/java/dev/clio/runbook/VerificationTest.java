package dev.clio.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.Level;
import dev.clio.ops.Metrics;
import dev.clio.testing.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Closed-loop verification on a hand-moved clock, with the memory KPI of kpis.yaml (warning > 85, critical > 95). */
class VerificationTest {

    final ManualClock clock = new ManualClock("2026-03-01T10:00:00Z");
    final AtomicReference<Double> memory = new AtomicReference<>(97.0);
    final Verification verification = new Verification(this::snapshot, KpiCatalog.defaults(), clock);

    Metrics.KpiSnapshot snapshot() {
        return new Metrics.KpiSnapshot(clock.instant(), List.of(new Metrics.KpiReading("memory_usage", memory.get(),
                "%", clock.instant(), null)));
    }

    @Test
    void recoversWhenTheKpiIsBackAtOkAtTheEnd() {
        Verification.Watch watch = verification.begin("memory_usage", Duration.ofMinutes(5));
        assertThat(watch.before().level()).isEqualTo(Level.CRITICAL);
        memory.set(60.0);
        clock.advance(Duration.ofMinutes(2));
        watch.sample();
        assertThat(watch.result()).isNotDone();
        clock.advance(Duration.ofMinutes(3));
        watch.sample();
        Verification.Result r = watch.result().join();
        assertThat(r.outcome()).isEqualTo(Verification.Outcome.RECOVERED);
        assertThat(r.before().value()).isEqualTo(97.0);
        assertThat(r.after().value()).isEqualTo(60.0);
        assertThat(r.samples()).hasSize(2);
        assertThat(r.summary()).isEqualTo("Memory Usage recovered: 97 % (critical) before, 60 % (ok) after 300 s");
    }

    @Test
    void notRecoveredWhenStillAboveTheWarningThresholdAtTheEnd() {
        Verification.Watch watch = verification.begin("memory_usage", Duration.ofMinutes(5));
        memory.set(60.0);
        clock.advance(Duration.ofMinutes(1));
        watch.sample();
        memory.set(88.0);
        clock.advance(Duration.ofMinutes(4));
        watch.sample();
        Verification.Result r = watch.result().join();
        assertThat(r.outcome()).isEqualTo(Verification.Outcome.NOT_RECOVERED);
        assertThat(r.after().level()).isEqualTo(Level.WARNING);
        assertThat(r.summary()).contains("not recovered", "88 % (warning) after");
    }

    @Test
    void noDataIsNotRecovered() {
        Verification.Watch watch = verification.begin("memory_usage", Duration.ofSeconds(30));
        memory.set(null);
        clock.advance(Duration.ofSeconds(30));
        watch.sample();
        assertThat(watch.result().join().outcome()).isEqualTo(Verification.Outcome.NOT_RECOVERED);
        assertThat(watch.result().join().summary()).contains("no data");
    }

    @Test
    void unknownKpiIsAnActionableError() {
        assertThatThrownBy(() -> verification.begin("memroy", Duration.ofMinutes(1))).hasMessageContaining(
                "no KPI 'memroy'");
    }
}
