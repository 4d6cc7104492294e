package dev.clio.console.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.TestConsole;
import dev.clio.console.alerts.AlertsView;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.ops.Runbooks.RunRecord;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.runbook.VerificationRecords;
import dev.clio.testing.ManualClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
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
 * The real Runbooks view (and the Alerts view beside it) over the console's real runtime and a real embedded
 * workspace with the built-in runbooks and user runbooks written by the test.
 */
@ExtendWith(ApplicationExtension.class)
class RunbooksViewTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private TestConsole console;
    private RunbooksView view;
    private TestConsole extra;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        show(console, false);
    }

    /** The view alone, or beside the Alerts view (each built over the same console context). */
    private void show(TestConsole c, boolean withAlerts) {
        view = new RunbooksView(c.context());
        HBox both = new HBox(view.node());
        HBox.setHgrow(view.node() instanceof javafx.scene.layout.Region r ? r : null, Priority.ALWAYS);
        if (withAlerts) {
            AlertsView alerts = new AlertsView(c.context());
            ((javafx.scene.layout.Region) alerts.node()).setPrefWidth(420);
            both.getChildren().add(0, alerts.node());
            alerts.shown();
        }
        Scene scene = new Scene(new StackPane(both), 1280, 760);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        c.context().actions().bindShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.viewModel().close();
            console.close();
            if (extra != null) {
                extra.close();
            }
        });
    }

    @Test
    void anAlertsOpenRunbookLandsOnItsRunbookWithTheAlertsContext(FxRobot robot) throws Exception {
        robot.interact(() -> show(console, true));
        connectToStoppedServer(robot);
        robot.clickOn("#alerts-open-runbook");
        waitFor(() -> robot.lookup("#runbook-title").tryQuery().isPresent());
        assertThat(text(robot, "#runbook-title")).isEqualTo("Service Down");
        assertThat(robot.lookup("#runbook-context").query().isVisible()).isTrue();
        assertThat(text(robot, "#runbook-context-origin")).isEqualTo("Opened from alert Service Down (critical, "
                + "firing)");
        List<String> lines = robot.lookup("#runbook-context .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("Firing since ")).anyMatch(l -> l.startsWith("Condition: "));
        assertThat(text(robot, "#runbook-symptoms .label")).startsWith("• The health endpoint");
    }

    @Test
    void anInvestigationRunsAtOnceAndShowsItsVerdictAndTheSuggestedStep(FxRobot robot) throws Exception {
        openFixture(robot, "development");
        assertThat(text(robot, "#step-call-search")).isEqualTo("Calls: logs.query since=1h level= event= "
                + "workflow= text=" + PanelModel.MASK + " limit=20");
        press(robot, "#step-run-status");
        waitFor(() -> !text(robot, "#step-verdict-status").isEmpty());
        Label verdict = robot.lookup("#step-verdict-status").queryAs(Label.class);
        assertThat(verdict.getText()).isEqualTo("WARN");
        assertThat(verdict.getStyleClass()).contains(Styles.WARN);
        assertThat(text(robot, "#step-summary-status")).startsWith("Memory ").contains(": collect garbage");
        assertThat(text(robot, "#step-next-status")).isEqualTo("Suggested next: collect");
        assertThat(robot.lookup("#step-card-collect").query().getStyleClass()).contains(Styles.STEP_CARD_SUGGESTED);
        assertThat(robot.lookup("#step-result-table-status").tryQuery()
                .or(() -> robot.lookup("#step-result-text-status").tryQuery())).isPresent();
        waitFor(() -> history().stream().anyMatch(r -> r.stepId().equals("status")));
    }

    @Test
    void aConfirmedRemediationRunsAndIsRecordedInTheHistory(FxRobot robot) throws Exception {
        openFixture(robot, "development");
        press(robot, "#step-run-collect");
        waitFor(() -> robot.lookup("#confirm-ok").tryQuery().isPresent());
        assertThat(text(robot, "#confirm-operation")).isEqualTo("system.gc");
        assertThat(text(robot, "#confirm-environment")).isEqualTo("development");
        assertThat(text(robot, "#confirm-connection")).startsWith("workspace ");
        assertThat(text(robot, "#confirm-expected-effect")).isEqualTo("The JVM runs a full garbage collection");
        assertThat(text(robot, "#confirm-parameters")).isEqualTo("token=[REDACTED], limit=20");
        robot.clickOn("#confirm-ok");
        waitFor(() -> !text(robot, "#step-verdict-collect").isEmpty());
        assertThat(text(robot, "#step-verdict-collect")).isEqualTo("DONE");
        waitFor(() -> history().stream().anyMatch(r -> r.stepId().equals("collect")));
        RunRecord run = history().stream().filter(r -> r.stepId().equals("collect")).findFirst().orElseThrow();
        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.confirmation()).isEqualTo("confirmed in the console");
        assertThat(run.environment()).isEqualTo("development");
    }

    @Test
    void aCancelledRemediationRunsNothing(FxRobot robot) throws Exception {
        openFixture(robot, "development");
        press(robot, "#step-run-collect");
        waitFor(() -> robot.lookup("#confirm-cancel").tryQuery().isPresent());
        robot.clickOn("#confirm-cancel");
        // a later run is recorded after anything the cancel could have started
        press(robot, "#step-run-status");
        waitFor(() -> history().stream().anyMatch(r -> r.stepId().equals("status")));
        assertThat(history()).noneMatch(r -> r.stepId().equals("collect"));
        assertThat(text(robot, "#step-verdict-collect")).isEmpty();
        assertThat(text(robot, "#step-summary-collect")).isEmpty();
        assertThat(view.panel().model().step("collect").orElseThrow().resultOrNull()).isNull();
    }

    @Test
    void reRunRepeatsAStepWithItsParametersAskingForTheSecretAgain(FxRobot robot) throws Exception {
        openFixture(robot, "development");
        robot.interact(() -> view.panel().model().setValue("limit", "50"));
        press(robot, "#step-run-search");
        waitFor(() -> history().stream().anyMatch(r -> r.stepId().equals("search")));
        RunRecord first = history().stream().filter(r -> r.stepId().equals("search")).findFirst().orElseThrow();
        assertThat(first.params()).containsEntry("limit", "50").containsEntry("token", "[REDACTED]");
        robot.interact(() -> {
            view.panel().model().setValue("limit", "10");
            var table = robot.lookup("#runbook-history-table").queryAs(javafx.scene.control.TableView.class);
            table.getSelectionModel().select(first);
        });
        robot.clickOn("#runbook-history-rerun");
        waitFor(() -> robot.lookup("#secret-token").tryQuery().isPresent());
        robot.clickOn("#secret-token").write("another-secret");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .<Button>query());
        waitFor(() -> history().stream().filter(r -> r.stepId().equals("search")).count() == 2);
        assertThat(view.panel().model().value("limit")).as("the recorded value").isEqualTo("50");
        assertThat(view.panel().model().value("token")).isEqualTo("another-secret");
        assertThat(history().get(0).params()).containsEntry("limit", "50").containsEntry("token", "[REDACTED]");
    }

    @Test
    void aDangerousRemediationOnProductionNeedsTheTypedName(FxRobot robot) throws Exception {
        openFixture(robot, "production");
        press(robot, "#step-run-collect");
        waitFor(() -> robot.lookup("#confirm-challenge").tryQuery().isPresent());
        Button ok = robot.lookup("#confirm-ok").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#confirm-challenge").write("gc-chec");
        assertThat(ok.isDisabled()).isTrue();
        robot.write("k");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        waitFor(() -> history().stream().anyMatch(r -> r.stepId().equals("collect")));
        RunRecord run = history().stream().filter(r -> r.stepId().equals("collect")).findFirst().orElseThrow();
        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.confirmation()).isEqualTo("gc-check");
        assertThat(run.environment()).isEqualTo("production");
    }

    @Test
    void anInvalidUserRunbookIsListedWithItsDiagnosticsAndReloadsWhenFixed(FxRobot robot) throws Exception {
        Path file = Fixtures.write(console.workspace().root(), "broken.yaml", Fixtures.BROKEN);
        robot.interact(() -> console.connect("development"));
        waitFor(() -> robot.lookup(".ops-runbook-invalid").tryQuery().isPresent());
        assertThat(robot.lookup("#runbook-entry-service-down").tryQuery()).as("built-ins unaffected").isPresent();
        robot.clickOn(".ops-runbook-invalid");
        waitFor(() -> robot.lookup("#runbook-diagnostics").tryQuery().isPresent());
        List<String> lines = robot.lookup("#runbook-diagnostics .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).anyMatch(l -> l.startsWith(file + ":6:") && l.contains("error:"));
        Fixtures.write(console.workspace().root(), "broken.yaml", Fixtures.BROKEN.replace("investigate",
                "investigation"));
        view.viewModel().catalog().refresh();
        waitFor(() -> robot.lookup("#runbook-entry-broken").tryQuery().isPresent());
        assertThat(robot.lookup(".ops-runbook-invalid").tryQuery()).isEmpty();
    }

    @Test
    void everyRunbookIsInTheCommandPalette(FxRobot robot) throws Exception {
        robot.interact(() -> console.connect("development"));
        waitFor(() -> console.context().actions().find("runbook.open.service-down").isPresent());
        ConsoleAction open = console.context().actions().find("runbook.open.high-memory-usage").orElseThrow();
        assertThat(open.searchText()).isEqualTo("Runbook: High Memory Usage");
        robot.interact(() -> open.run().run());
        assertThat(text(robot, "#runbook-title")).isEqualTo("High Memory Usage");
        assertThat(console.context().actions().find(RunbookCommands.RUN_ALL).orElseThrow().title())
                .isEqualTo("Run all investigations");
        robot.interact(() -> console.context().actions().find(RunbookCommands.RUN_ALL).orElseThrow().run().run());
        waitFor(() -> !text(robot, "#step-verdict-memory").isEmpty() && !text(robot, "#step-verdict-breakdown")
                .isEmpty());
        assertThat(text(robot, "#step-verdict-memory")).isIn("PASS", "WARN", "FAIL");
    }

    @Test
    void theWizardVerifiesTheKpiAfterARemediationOnAControllableClock(FxRobot robot) throws Exception {
        ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
        extra = TestConsole.embedded(dir.resolve("w" + System.nanoTime()), Platform::runLater, clock);
        Fixtures.write(extra.workspace().root(), "gc-check.yaml", Fixtures.DISK);
        robot.interact(() -> {
            show(extra, false);
            extra.connect("development");
        });
        waitFor(() -> robot.lookup("#runbook-entry-gc-check").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#runbook-entry-gc-check").match((javafx.scene.Node n) -> n.getScene() != null)
                .<javafx.scene.Node>query(), javafx.scene.input.MouseButton.PRIMARY);
        press(robot, "#runbook-guide");
        assertThat(text(robot, "#wizard-stage")).isEqualTo("1. Symptoms");
        press(robot, "#wizard-next-stage");
        press(robot, "#wizard-run-all");
        waitFor(() -> text(robot, "#wizard-progress").startsWith("2 of 2"));
        press(robot, "#wizard-next-stage");
        assertThat(text(robot, "#wizard-diagnosis .label")).startsWith("WARN · Read the system status");
        press(robot, "#wizard-next-stage");
        press(robot, "#wizard-remediate-collect");
        waitFor(() -> robot.lookup("#confirm-ok").tryQuery().isPresent());
        robot.clickOn("#confirm-ok");
        waitFor(() -> robot.lookup("#wizard-outcome").tryQuery().isPresent()
                && text(robot, "#wizard-detail").startsWith("Before: "));
        robot.interact(view::tick);
        assertThat(text(robot, "#wizard-outcome")).isEqualTo("watching…");
        assertThat(text(robot, "#wizard-countdown")).isEqualTo("5 min left");
        clock.advance(Duration.ofMinutes(5));
        robot.interact(view::tick);
        waitFor(() -> !text(robot, "#wizard-outcome").equals("watching…"));
        assertThat(text(robot, "#wizard-outcome")).isIn("recovered", "not recovered");
        assertThat(text(robot, "#wizard-detail")).startsWith("Memory Usage " + text(robot, "#wizard-outcome"))
                .contains(" before, ").contains(" after 300 s");
        waitFor(() -> history().stream().anyMatch(r -> r.stepId().equals(VerificationRecords.STEP)));
    }

    @Test
    void everyIconLiteralResolves(FxRobot robot) throws Exception {
        List<String> literals = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of("src/main/java/dev/clio/console/runbooks"))) {
            for (Path f : files.toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(mdi2[a-z0-9-]+)\"")
                        .matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        assertThat(literals).hasSizeGreaterThan(10);
        robot.interact(() -> literals.forEach(l -> assertThat(new org.kordamp.ikonli.javafx.FontIcon(l)
                .getIconCode().getDescription()).isEqualTo(l)));
    }

    private void openFixture(FxRobot robot, String environment) throws IOException {
        Fixtures.write(console.workspace().root(), "gc-check.yaml", Fixtures.DISK);
        robot.interact(() -> console.connect(environment));
        waitFor(() -> robot.lookup("#runbook-entry-gc-check").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#runbook-entry-gc-check").match((javafx.scene.Node n) -> n.getScene() != null)
                .<javafx.scene.Node>query(), javafx.scene.input.MouseButton.PRIMARY);
        waitFor(() -> robot.lookup("#step-card-status").tryQuery().isPresent());
    }

    /** Buttons down the scrolled panel may be out of the viewport: fire them as a click would (not if disabled). */
    private static void press(FxRobot robot, String query) {
        waitFor(() -> robot.lookup(query).tryQuery().isPresent());
        javafx.scene.control.ButtonBase b = robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(b::fire);
    }

    private List<RunRecord> history() {
        return List.copyOf(view.viewModel().history());
    }

    private void connectToStoppedServer(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port);
        robot.interact(() -> console.context().sessions().switchTo(new Session("stopped", "development",
                "server " + url, RemoteOperations.connect(url, "clio_unused", null), null)));
        waitFor(() -> robot.lookup("#alerts-open-runbook").tryQuery().map(n -> !n.isDisabled()).orElse(false)
                && text(robot, "#alerts-detail-title").equals("Service Down"));
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((javafx.scene.control.Labeled) n).getText();
    }

    private static String css(String resource) {
        return RunbooksViewTest.class.getResource(resource).toExternalForm();
    }
}
