package dev.clio.kpi;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.Health;
import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Every alert transition, acknowledgement vs silence, and the response-time countdown, on a hand-moved clock. */
class AlertEngineTest {

    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    static final Health.Report HEALTHY = new Health.Report("healthy", "ok", List.of(), T0);
    final ManualClock clock = new ManualClock(T0);
    final AlertEngine engine = new AlertEngine(KpiCatalog.defaults(), clock, Duration.ofMinutes(15));

    @Test
    void aConditionIsPendingForItsForThenFiresThenResolvesThenGoesInactive() {
        assertThat(errorRate(6.0).alert("high_error_rate").state()).isEqualTo(AlertState.PENDING);
        advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(errorRate(6.0).alert("high_error_rate").state()).isEqualTo(AlertState.PENDING);
        advance(Duration.ofSeconds(1));
        AlertStatus firing = errorRate(6.0).alert("high_error_rate");
        assertThat(firing.state()).isEqualTo(AlertState.FIRING);
        assertThat(firing.firedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(firing.reason()).isEqualTo("api_error_rate 6% > 5%");
        advance(Duration.ofMinutes(1));
        AlertStatus resolved = errorRate(1.0).alert("high_error_rate");
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.reason()).isEqualTo("api_error_rate 1% not > 5%");
        advance(Duration.ofMinutes(14));
        assertThat(errorRate(1.0).alert("high_error_rate").state()).isEqualTo(AlertState.RESOLVED);
        advance(Duration.ofMinutes(1));
        AlertSnapshot done = errorRate(1.0);
        assertThat(done.alert("high_error_rate").state()).isEqualTo(AlertState.INACTIVE);
        assertThat(done.history()).filteredOn(h -> h.ruleId().equals("high_error_rate"))
                .extracting(HistoryEntry::from, HistoryEntry::to).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AlertState.INACTIVE, AlertState.PENDING),
                        org.assertj.core.groups.Tuple.tuple(AlertState.PENDING, AlertState.FIRING),
                        org.assertj.core.groups.Tuple.tuple(AlertState.FIRING, AlertState.RESOLVED),
                        org.assertj.core.groups.Tuple.tuple(AlertState.RESOLVED, AlertState.INACTIVE));
    }

    @Test
    void aPendingAlertThatClearsNeverFiresAndAResolvedOneCanComeBack() {
        errorRate(6.0);
        advance(Duration.ofMinutes(3));
        assertThat(errorRate(4.0).alert("high_error_rate").state()).isEqualTo(AlertState.INACTIVE);
        advance(Duration.ofMinutes(3));
        assertThat(errorRate(6.0).alert("high_error_rate").pendingSince()).isEqualTo(clock.instant());
        advance(Duration.ofMinutes(5));
        errorRate(6.0);
        advance(Duration.ofMinutes(1));
        errorRate(1.0);
        advance(Duration.ofMinutes(1));
        AlertStatus again = errorRate(7.0).alert("high_error_rate");
        assertThat(again.state()).isEqualTo(AlertState.PENDING);
        assertThat(again.firedAt()).isNull();
    }

    @Test
    void serviceDownFiresAtOnceWhenHealthFailsOrDoesNotAnswer() {
        Health.Report unhealthy = new Health.Report("unhealthy", "store down", List.of(), T0);
        AlertStatus down = engine.evaluate(null, unhealthy, T0).alert("service_down");
        assertThat(down.state()).isEqualTo(AlertState.FIRING);
        assertThat(down.reason()).isEqualTo("health unhealthy: store down");
        assertThat(down.remainingResponse()).isEqualTo(Duration.ofMinutes(5));
        advance(Duration.ofSeconds(30));
        assertThat(engine.evaluate(null, HEALTHY, clock.instant()).alert("service_down").state())
                .isEqualTo(AlertState.RESOLVED);
        advance(Duration.ofSeconds(30));
        AlertStatus silent = engine.evaluate(null, null, clock.instant()).alert("service_down");
        assertThat(silent.state()).isEqualTo(AlertState.FIRING);
        assertThat(silent.reason()).isEqualTo("health did not answer");
        Health.Report degraded = new Health.Report("degraded", "slow", List.of(), T0);
        advance(Duration.ofSeconds(30));
        assertThat(engine.evaluate(null, degraded, clock.instant()).alert("service_down").conditionHolds())
                .isFalse();
    }

    @Test
    void withoutDataAFiringAlertKeepsFiringAndAPendingOneStartsOver() {
        errorRate(6.0);
        advance(Duration.ofMinutes(2));
        AlertStatus unknown = evaluate(reading("api_error_rate", null)).alert("high_error_rate");
        assertThat(unknown.state()).isEqualTo(AlertState.INACTIVE);
        assertThat(unknown.conditionHolds()).isNull();
        errorRate(6.0);
        advance(Duration.ofMinutes(5));
        errorRate(6.0);
        advance(Duration.ofMinutes(1));
        AlertStatus stillFiring = engine.evaluate(null, HEALTHY, clock.instant()).alert("high_error_rate");
        assertThat(stillFiring.state()).isEqualTo(AlertState.FIRING);
        assertThat(stillFiring.reason()).isEqualTo("api_error_rate is stale: cannot tell");
    }

    @Test
    void aLevelRuleFollowsTheKpiLadderWithItsHysteresis() {
        evaluate(reading("memory_usage", 90.0));
        advance(Duration.ofMinutes(5));
        assertThat(evaluate(reading("memory_usage", 90.0)).alert("high_memory_usage").state())
                .isEqualTo(AlertState.FIRING);
        advance(Duration.ofMinutes(1));
        AlertSnapshot held = evaluate(reading("memory_usage", 84.0));
        assertThat(held.alert("high_memory_usage").state()).as("84 is inside the 2-point hysteresis")
                .isEqualTo(AlertState.FIRING);
        assertThat(held.alert("memory_usage_critical").state()).isEqualTo(AlertState.INACTIVE);
        advance(Duration.ofMinutes(1));
        assertThat(evaluate(reading("memory_usage", 82.0)).alert("high_memory_usage").state())
                .isEqualTo(AlertState.RESOLVED);
    }

    @Test
    void theResponseClockCountsDownFromFiringAndStopsAtTheAcknowledgement() {
        fireErrorRate();
        assertThat(engine.remainingResponseTime("high_error_rate", clock.instant())).contains(Duration.ofMinutes(10));
        advance(Duration.ofMinutes(3));
        assertThat(engine.remainingResponseTime("high_error_rate", clock.instant())).contains(Duration.ofMinutes(7));
        assertThat(errorRate(6.0).alert("high_error_rate").remainingResponse()).isEqualTo(Duration.ofMinutes(7));
        advance(Duration.ofMinutes(9));
        assertThat(engine.remainingResponseTime("high_error_rate", clock.instant()))
                .contains(Duration.ofMinutes(-2));
        engine.acknowledge("high_error_rate", "ana", "looking");
        advance(Duration.ofMinutes(5));
        assertThat(engine.remainingResponseTime("high_error_rate", clock.instant()))
                .contains(Duration.ofMinutes(-2));
        assertThat(engine.remainingResponseTime("high_memory_usage", clock.instant())).isEmpty();
    }

    @Test
    void acknowledgingDoesNotSilenceAndSilencingDoesNotAcknowledge() {
        fireErrorRate();
        Acknowledgement ack = engine.acknowledge("high_error_rate", "ana", "on it");
        assertThat(ack).isEqualTo(new Acknowledgement("ana", clock.instant(), "on it"));
        AlertStatus acked = engine.snapshot(clock.instant()).alert("high_error_rate");
        assertThat(acked.acknowledgement()).isEqualTo(ack);
        assertThat(acked.silenced()).isFalse();
        engine.silence("high_memory_usage", clock.instant().plus(Duration.ofHours(1)), "bob", "maintenance");
        AlertStatus muted = engine.snapshot(clock.instant()).alert("high_memory_usage");
        assertThat(muted.silenced()).isTrue();
        assertThat(muted.acknowledgement()).isNull();
        assertThat(muted.state()).isEqualTo(AlertState.INACTIVE);
        assertThatThrownBy(() -> engine.acknowledge("high_memory_usage", "bob", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("alert 'high_memory_usage' is inactive; only a pending or firing alert can be "
                        + "acknowledged");
        assertThatThrownBy(() -> engine.acknowledge("nope", "bob", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no alert rule 'nope'");
        advance(Duration.ofMinutes(1));
        errorRate(1.0);
        advance(Duration.ofMinutes(1));
        assertThat(errorRate(9.0).alert("high_error_rate").acknowledgement())
                .as("a new occurrence needs a new acknowledgement").isNull();
    }

    @Test
    void aSilenceExpiresAtItsEnd() {
        Instant until = clock.instant().plus(Duration.ofMinutes(30));
        engine.silence("high_error_rate", until, "bob", "deploy");
        advance(Duration.ofMinutes(29));
        assertThat(errorRate(6.0).alert("high_error_rate").silenced()).isTrue();
        advance(Duration.ofMinutes(1));
        AlertSnapshot after = errorRate(6.0);
        assertThat(after.alert("high_error_rate").silenced()).isFalse();
        assertThat(after.history()).extracting(HistoryEntry::detail).contains("silence expired");
        assertThatThrownBy(() -> engine.silence("high_error_rate", clock.instant(), "bob", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSilenceUntilRecoveredEndsWhenTheAlertResolves() {
        assertThatThrownBy(() -> engine.silenceUntilRecovered("high_error_rate", "bob", ""))
                .isInstanceOf(IllegalStateException.class);
        fireErrorRate();
        Silence s = engine.silenceUntilRecovered("high_error_rate", "bob", "known issue");
        assertThat(s.untilRecovered()).isTrue();
        advance(Duration.ofHours(5));
        assertThat(errorRate(6.0).alert("high_error_rate").silenced()).isTrue();
        advance(Duration.ofMinutes(1));
        AlertSnapshot recovered = errorRate(0.5);
        assertThat(recovered.alert("high_error_rate").state()).isEqualTo(AlertState.RESOLVED);
        assertThat(recovered.alert("high_error_rate").silenced()).isFalse();
        assertThat(engine.unsilence("high_error_rate", "bob")).isFalse();
    }

    @Test
    void concurrentAcknowledgementsAndEvaluationsKeepOneConsistentHistory() throws Exception {
        fireErrorRate();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 150; n++) {
                    engine.acknowledge("high_error_rate", "ana", "x");
                    engine.evaluate(snapshot(reading("api_error_rate", 6.0)), HEALTHY, T0.plus(Duration.ofHours(1)));
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        AlertSnapshot s = engine.snapshot(T0.plus(Duration.ofHours(1)));
        assertThat(s.alert("high_error_rate").state()).isEqualTo(AlertState.FIRING);
        assertThat(s.history()).hasSize(AlertEngine.HISTORY_LIMIT);
    }

    private void fireErrorRate() {
        errorRate(6.0);
        advance(Duration.ofMinutes(5));
        assertThat(errorRate(6.0).alert("high_error_rate").state()).isEqualTo(AlertState.FIRING);
    }

    private AlertSnapshot errorRate(double value) {
        return evaluate(reading("api_error_rate", value));
    }

    private AlertSnapshot evaluate(KpiReading reading) {
        return engine.evaluate(snapshot(reading), HEALTHY, clock.instant());
    }

    private KpiReading reading(String id, Double value) {
        return new KpiReading(id, value, "%", clock.instant(), "");
    }

    private KpiSnapshot snapshot(KpiReading reading) {
        return new KpiSnapshot(reading.measuredAt(), List.of(reading));
    }

    private void advance(Duration d) {
        clock.advance(d);
    }
}
