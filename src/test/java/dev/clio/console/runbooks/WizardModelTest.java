package dev.clio.console.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.Session;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Metrics;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.runbook.Verification;
import dev.clio.runbook.VerificationRecords;
import dev.clio.testing.ManualClock;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guided mode over a real engine; the watched KPI's readings are set by the test (the real Verification and KPI
 * evaluator judge them) and time is a manual clock, so the countdown and the conclusion are exact.
 */
class WizardModelTest {

    @TempDir
    Path dir;

    final ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
    double memory = 50;
    Session session;
    RunbooksViewModel vm;
    PanelModel panel;
    WizardModel wizard;

    @BeforeEach
    void open() throws Exception {
        WorkspaceInitializer.initialize(dir);
        Fixtures.write(dir, "gc-check.yaml", Fixtures.DISK);
        Workspace ws = new Workspace(dir);
        session = new Session("test", "development", "workspace " + dir, EmbeddedOperations.open(ws), ws);
        vm = new RunbooksViewModel(Runnable::run, Runnable::run, clock, RunbooksViewModel::catalogFor, null, null);
        vm.bind(session);
        vm.select("gc-check");
        panel = vm.panelProperty().get();
        wizard = new WizardModel(panel, () -> new Verification(this::snapshot, KpiCatalog.defaults(), clock), clock,
                Duration.ofMinutes(1), Runnable::run, Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    Metrics.KpiSnapshot snapshot() {
        return new Metrics.KpiSnapshot(clock.instant(), List.of(new Metrics.KpiReading("memory_usage", memory, "%",
                clock.instant(), null)));
    }

    @Test
    void theStagesGoForwardAndBackInOrder() {
        assertThat(wizard.stageProperty().get()).isEqualTo(WizardModel.Stage.SYMPTOMS);
        wizard.back();
        assertThat(wizard.stageProperty().get()).isEqualTo(WizardModel.Stage.SYMPTOMS);
        for (int i = 0; i < 6; i++) {
            wizard.next();
        }
        assertThat(wizard.stageProperty().get()).isEqualTo(WizardModel.Stage.VERIFICATION);
        wizard.back();
        assertThat(wizard.stageProperty().get()).isEqualTo(WizardModel.Stage.RESOLUTION);
    }

    @Test
    void theDiagnosisSummarisesVerdictsAndTheResolutionIsWhatTheyPointTo() {
        assertThat(wizard.diagnosis()).isEmpty();
        assertThat(wizard.resolution()).isEmpty();
        panel.runAllInvestigations(() -> { });
        assertThat(wizard.diagnosis()).hasSize(2);
        assertThat(wizard.diagnosis().get(0)).startsWith("WARN · Read the system status: Memory ");
        assertThat(wizard.diagnosis().get(1)).startsWith("DONE · Search the logs: ");
        assertThat(wizard.resolution()).extracting(s -> s.step().id()).containsExactly("collect");
    }

    @Test
    void aKpiBackAtOkAfterTheWindowIsRecoveredAndRecorded() {
        assertThat(wizard.durationProperty().get()).isEqualTo(Duration.ofMinutes(5));
        memory = 90;
        wizard.startVerification();
        assertThat(wizard.outcomeProperty().get()).isEqualTo("watching…");
        assertThat(wizard.countdownProperty().get()).isEqualTo("5 min left");
        assertThat(wizard.detailProperty().get()).isEqualTo("Before: 90 (warning)");
        memory = 60;
        clock.advance(Duration.ofSeconds(100));
        wizard.tick();
        assertThat(wizard.countdownProperty().get()).isEqualTo("3 min 20 s left");
        assertThat(wizard.detailProperty().get()).isEqualTo("Before: 90 (warning) · now: 60 (ok)");
        clock.advance(Duration.ofSeconds(200));
        wizard.tick();
        assertThat(wizard.outcomeProperty().get()).isEqualTo("recovered");
        assertThat(wizard.countdownProperty().get()).isEmpty();
        assertThat(wizard.detailProperty().get()).contains("90").contains("60").contains("before").contains("after");
        assertThat(wizard.nextStepProperty().get()).isEmpty();
        assertThat(wizard.watching()).isFalse();
        assertThat(vm.history()).filteredOn(r -> r.stepId().equals(VerificationRecords.STEP)).singleElement()
                .satisfies(r -> {
                    assertThat(r.verdict()).isEqualTo("pass");
                    assertThat(r.kind()).isEqualTo(VerificationRecords.KIND);
                    assertThat(r.durationMs()).isEqualTo(300_000);
                });
    }

    @Test
    void aKpiStillBadIsNotRecoveredAndTheNextStepIsOffered() {
        panel.run("status");
        wizard.durationProperty().set(Duration.ofMinutes(1));
        memory = 97;
        wizard.startVerification();
        clock.advance(Duration.ofSeconds(59));
        wizard.tick();
        assertThat(wizard.outcomeProperty().get()).isEqualTo("watching…");
        assertThat(wizard.countdownProperty().get()).isEqualTo("1 s left");
        clock.advance(Duration.ofSeconds(1));
        wizard.tick();
        assertThat(wizard.outcomeProperty().get()).isEqualTo("not recovered");
        assertThat(wizard.nextStepProperty().get()).isEqualTo("Next: Collect garbage (system.gc)");
        assertThat(vm.history()).filteredOn(r -> r.stepId().equals(VerificationRecords.STEP))
                .extracting(r -> r.verdict()).containsExactly("fail");
    }

    @Test
    void aRunbookWithoutAKpiSaysVerificationCannotWatchAnything() {
        String text = Fixtures.DISK.replace("kpis: [memory_usage]\n", "").replace("id: gc-check", "id: no-kpi");
        try {
            Fixtures.write(dir, "no-kpi.yaml", text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        vm.catalog().refresh();
        vm.select("no-kpi");
        WizardModel other = WizardModel.of(vm.panelProperty().get(), vm.target(), KpiCatalog.defaults(), clock,
                Runnable::run, Runnable::run);
        other.startVerification();
        assertThat(other.watching()).isFalse();
        assertThat(other.detailProperty().get()).startsWith("This runbook names no KPI to watch");
    }
}
