package dev.clio.console.alerts;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.Session;
import dev.clio.kpi.AlertEngine;
import dev.clio.kpi.AlertState;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import dev.clio.ops.remote.RemoteOperations;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alerts view's state through a whole alert life, on a hand-moved clock and a real AlertEngine. */
class AlertsViewModelTest {

    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    static final Health.Report HEALTHY = new Health.Report("healthy", "ok", List.of(), T0);

    final ManualClock clock = new ManualClock(T0);
    final AlertEngine engine = new AlertEngine(KpiCatalog.defaults(), clock);
    AlertsViewModel vm = new AlertsViewModel(() -> engine, this::republish, () -> "alice", Runnable::run,
            Runnable::run, clock);

    @Test
    void pendingThenFiringWithACountdownThenResolved() {
        evaluate(6.0, 100);
        AlertRow pending = row("high_error_rate");
        assertThat(pending.state()).isEqualTo(AlertState.PENDING);
        assertThat(pending.pendingFor()).isEqualTo("5 min");
        assertThat(pending.responseTarget()).isEqualTo("10 min");
        assertThat(pending.response()).isEmpty();
        assertThat(pending.reason()).isEqualTo("api_error_rate 6% > 5%");
        assertThat(pending.runbook()).isEqualTo("High Error Rate Alert");
        assertThat(vm.summaryProperty().get()).isEqualTo("0 firing · 2 pending");

        clock.advance(Duration.ofMinutes(5));
        evaluate(6.0, 100);
        assertThat(row("high_error_rate").state()).isEqualTo(AlertState.FIRING);
        assertThat(row("high_error_rate").response()).isEqualTo("respond within 10 min");
        assertThat(row("high_error_rate").since()).isEqualTo(AlertTexts.time(clock.instant()) + " (0 s ago)");
        clock.advance(Duration.ofMinutes(2).plusSeconds(48));
        evaluate(6.0, 100);
        assertThat(row("high_error_rate").response()).isEqualTo("respond within 7 min 12 s");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 firing (2 critical)");

        clock.advance(Duration.ofMinutes(9).plusSeconds(12));
        evaluate(6.0, 100);
        assertThat(row("high_error_rate").response()).isEqualTo("overdue by 2 min");
        assertThat(row("high_error_rate").overdue()).isTrue();

        clock.advance(Duration.ofSeconds(10));
        evaluate(1.0, 100);
        AlertRow resolved = row("high_error_rate");
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.response()).isEmpty();
        assertThat(vm.history()).extracting(HistoryRow::change).startsWith("firing → resolved");
        assertThat(vm.history()).filteredOn(h -> h.ruleId().equals("high_error_rate")).extracting(HistoryRow::change)
                .containsExactly("firing → resolved", "pending → firing", "inactive → pending");
    }

    @Test
    void firingCriticalComesFirstThenFiringWarningThenTheRest() {
        evaluate(6.0, 620);
        clock.advance(Duration.ofMinutes(5));
        evaluate(6.0, 620);
        List<AlertRow> rows = vm.rows();
        assertThat(rows.subList(0, 2)).extracting(AlertRow::ruleId)
                .containsExactlyInAnyOrder("high_error_rate", "api_error_rate_critical");
        assertThat(rows.get(2).ruleId()).isEqualTo("high_response_time");
        assertThat(rows.subList(3, rows.size())).allMatch(r -> r.state() == AlertState.INACTIVE);
        assertThat(vm.selectedProperty().get()).isEqualTo(rows.get(0));
    }

    @Test
    void acknowledgingRecordsWhoAndNoteAndStopsTheClock() {
        fireErrorRate();
        clock.advance(Duration.ofMinutes(2).plusSeconds(48));
        vm.acknowledge("high_error_rate", "  looking at the gateway  ");
        AlertRow acked = row("high_error_rate");
        assertThat(acked.acknowledgedBy()).isEqualTo("alice");
        assertThat(acked.acknowledgement()).isEqualTo("acknowledged by alice at " + AlertTexts.time(clock.instant())
                + ": looking at the gateway");
        assertThat(acked.response()).isEqualTo("responded in 2 min 48 s (target 10 min)");
        assertThat(vm.messageProperty().get()).isEqualTo("Acknowledged High Error Rate as alice");
        assertThat(vm.history().get(0).detail()).isEqualTo("acknowledged by alice: looking at the gateway");
        clock.advance(Duration.ofMinutes(20));
        evaluate(6.0, 100);
        assertThat(row("high_error_rate").response()).isEqualTo("responded in 2 min 48 s (target 10 min)");
        assertThat(row("high_error_rate").overdue()).isFalse();
    }

    @Test
    void silenceUntilRecoveredIsShownAndEndsWithTheAlert() {
        fireErrorRate();
        vm.silenceUntilRecovered("high_error_rate", "known outage");
        AlertRow silenced = row("high_error_rate");
        assertThat(silenced.silence()).isEqualTo("silenced until recovered by alice: known outage");
        assertThat(silenced.untilRecovered()).isTrue();
        assertThat(silenced.acknowledged()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("2 firing (2 critical) · 1 silenced");
        clock.advance(Duration.ofMinutes(1));
        evaluate(1.0, 100);
        assertThat(row("high_error_rate").silenced()).isFalse();
        assertThat(vm.history()).extracting(HistoryRow::detail).contains("silence until recovered ended");
    }

    @Test
    void aTimedSilenceCountsDownBetweenEvaluationsAndCanBeEndedEarly() {
        vm.silence("high_memory_usage", Duration.ofMinutes(15), "maintenance");
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(row("high_memory_usage").silence()).isEqualTo("silenced until " + AlertTexts.time(until)
                + " (15 min left) by alice: maintenance");
        clock.advance(Duration.ofMinutes(3).plusSeconds(30));
        vm.tick();
        assertThat(row("high_memory_usage").silence()).contains("(11 min 30 s left)");
        vm.unsilence("high_memory_usage");
        assertThat(row("high_memory_usage").silenced()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Ended the silence of High Memory Usage");
        assertThat(vm.history().get(0).detail()).isEqualTo("silence ended by alice");
    }

    @Test
    void theResponseCountdownMovesOnBetweenEvaluations() {
        fireErrorRate();
        clock.advance(Duration.ofSeconds(75));
        vm.tick();
        assertThat(row("high_error_rate").response()).isEqualTo("respond within 8 min 45 s");
    }

    @Test
    void whatCannotBeDoneIsASentenceNotAFailure() {
        evaluate(1.0, 100);
        vm.acknowledge("high_error_rate", "");
        assertThat(vm.problemProperty().get())
                .isEqualTo("alert 'high_error_rate' is inactive; only a pending or firing alert can be acknowledged");
        assertThat(vm.messageProperty().get()).isEmpty();
        AlertsViewModel noSession = new AlertsViewModel(() -> null, () -> { }, () -> "alice", Runnable::run,
                Runnable::run, clock);
        noSession.silence("service_down", Duration.ofHours(1), null);
        assertThat(noSession.problemProperty().get()).isEqualTo("No connection is open, so there is no alert to "
                + "change.");
    }

    @Test
    void theSelectionFollowsTheRuleAcrossUpdates() {
        fireErrorRate();
        vm.select("high_memory_usage");
        evaluate(6.0, 100);
        assertThat(vm.selectedProperty().get().ruleId()).isEqualTo("high_memory_usage");
    }

    @Test
    void theResponderIsTheOsUserOrTheUserAtARemoteConnection() {
        assertThat(AlertsViewModel.responder(null, "alice")).isEqualTo("alice");
        Session remote = new Session("prod", "production", "server http://127.0.0.1:1",
                RemoteOperations.connect(URI.create("http://127.0.0.1:1"), "unused", null), null);
        assertThat(AlertsViewModel.responder(remote, "alice")).isEqualTo("alice via prod");
        assertThat(AlertsViewModel.responder(remote, " ")).isEqualTo("unknown via prod");
    }

    private void fireErrorRate() {
        evaluate(6.0, 100);
        clock.advance(Duration.ofMinutes(5));
        evaluate(6.0, 100);
        assertThat(row("high_error_rate").state()).isEqualTo(AlertState.FIRING);
    }

    private void evaluate(double errorRate, double p95) {
        KpiSnapshot kpis = new KpiSnapshot(clock.instant(), List.of(
                new KpiReading("api_error_rate", errorRate, "%", clock.instant(), null),
                new KpiReading("api_response_time_p95", p95, "ms", clock.instant(), null)));
        vm.apply(engine.evaluate(kpis, HEALTHY, Map.of(), clock.instant()));
    }

    private void republish() {
        vm.apply(engine.snapshot(clock.instant()));
    }

    private AlertRow row(String ruleId) {
        return vm.rows().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }
}
