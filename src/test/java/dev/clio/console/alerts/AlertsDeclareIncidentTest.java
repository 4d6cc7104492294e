package dev.clio.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.TestConsole;
import dev.clio.console.common.Styles;
import dev.clio.kpi.AlertEngine;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Health;
import dev.clio.ops.Incidents;
import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import dev.clio.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Declare incident" on a firing alert, clicked in the real view: a real AlertEngine fed a high error rate for five
 * minutes on a hand-moved clock, and the console's real active-incident service over an embedded workspace.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsDeclareIncidentTest {

    @TempDir
    static Path dir;

    private final ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS)
            .minus(Duration.ofMinutes(10)));
    private final AlertEngine engine = new AlertEngine(KpiCatalog.defaults(), clock);
    private TestConsole console;
    private AlertsViewModel vm;
    private String opened;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        console.connect("development");
        // the model republishes from its IO thread, as the KPI feed does: back to the FX thread to apply
        vm = new AlertsViewModel(() -> engine,
                () -> javafx.application.Platform.runLater(() -> vm.apply(engine.snapshot(clock.instant()))),
                () -> "alice", console.context().io(), console.context().ui(), clock);
        var context = new dev.clio.console.common.ConsoleContext(console.context().sessions(),
                console.context().kpis(), console.context().actions(), id -> opened = id,
                console.context().notifications(), console.context().settings(), console.context().prefs(),
                console.context().io(), console.context().scheduler(), console.context().ui(),
                console.context().clock(), console.context().incident());
        AlertsView view = new AlertsView(context, vm, AlertmanagerViewModel.of(context));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1280, 760);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    @Test
    void oneClickDeclaresFromTheFiringAlertWithItsSeverityAndValues(FxRobot robot) throws Exception {
        robot.interact(() -> {
            evaluate(6.0);
            clock.advance(Duration.ofMinutes(5));
            evaluate(6.0);
            vm.select("high_error_rate");
        });
        assertThat(robot.lookup("#alerts-declare-incident").queryButton().isDisabled()).isFalse();
        robot.clickOn("#alerts-declare-incident");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.context().incident().activeId() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Incidents.Incident incident = console.context().incident().activeProperty().get();
        assertThat(opened).as("the Incidents view is opened").isEqualTo("incidents");
        assertThat(incident.title()).isEqualTo("High Error Rate");
        assertThat(incident.severity()).as("a critical alert suggests a critical incident")
                .isEqualTo(Incidents.Severity.CRITICAL);
        assertThat(incident.sourceAlert().alertId()).isEqualTo("high_error_rate");
        assertThat(incident.startedAt()).as("it started when the alert fired").isEqualTo(clock.instant());
        Incidents.Event detection = console.context().sessions().current().operations()
                .incidentEvents(incident.id(), 0, Incidents.EventKind.DETECTION).events().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) detection.payload().get("values");
        assertThat(values).containsEntry("rule", "high_error_rate").containsEntry("state", "firing")
                .containsEntry("kpi", "api_error_rate").containsEntry("value", 6.0)
                .containsEntry("reason", "api_error_rate 6% > 5%");
        assertThat(robot.lookup("#alerts-message").queryLabeled().getText())
                .isEqualTo("Declared " + incident.id() + " from High Error Rate");

        // with the incident active, acknowledging the alert is an entry of its timeline
        vm.recordInto(console.context().incident());
        robot.interact(() -> vm.acknowledge("high_error_rate", "looking at the deploy"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !console.context().sessions().current().operations()
                .incidentEvents(incident.id(), 0, Incidents.EventKind.ACKNOWLEDGEMENT).events().isEmpty());
        Incidents.Event ack = console.context().sessions().current().operations()
                .incidentEvents(incident.id(), 0, Incidents.EventKind.ACKNOWLEDGEMENT).events().get(0);
        assertThat(ack.payload()).containsEntry("alert_id", "high_error_rate")
                .containsEntry("note", "looking at the deploy");
    }

    private void evaluate(double errorRate) {
        KpiSnapshot kpis = new KpiSnapshot(clock.instant(), List.of(
                new KpiReading("api_error_rate", errorRate, "%", clock.instant(), null),
                new KpiReading("api_response_time_p95", 100.0, "ms", clock.instant(), null)));
        vm.apply(engine.evaluate(kpis, new Health.Report("healthy", "ok", List.of(), clock.instant()), Map.of(),
                clock.instant()));
    }

    private static String css(String resource) {
        return AlertsDeclareIncidentTest.class.getResource(resource).toExternalForm();
    }
}
