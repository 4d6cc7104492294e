package dev.clio.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.Notifications;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.kpi.AlertState;
import dev.clio.ops.remote.RemoteOperations;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real view over the console's real runtime, connected to a server on loopback that has stopped: its health does
 * not answer, so Service Down fires at once, as it would for a user.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsViewTest {

    @TempDir
    static Path dir;

    private TestConsole console;
    private AlertsView view;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        view = new AlertsView(console.context());
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1280, 760);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        console.context().actions().bindShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    @Test
    void theTableShowsAFiringAlertMostUrgentFirst(FxRobot robot) throws Exception {
        connectToStoppedServer(robot);
        AlertRow top = table(robot).getItems().get(0);
        assertThat(top.ruleId()).isEqualTo("service_down");
        assertThat(top.state()).isEqualTo(AlertState.FIRING);
        assertThat(cellTexts(robot)).contains("Service Down", "firing", "critical");
        assertThat(text(robot, "#alerts-detail-runbook")).isEqualTo("Service Down Alert");
        assertThat(text(robot, "#alerts-detail-title")).isEqualTo("Service Down");
        assertThat(text(robot, "#alerts-detail-response")).matches("respond within [45] min( \\d+ s)?");
        assertThat(text(robot, "#alerts-summary")).startsWith("1 firing (1 critical)");
    }

    @Test
    void acknowledgingThroughTheUiRecordsWhoAndNote(FxRobot robot) throws Exception {
        connectToStoppedServer(robot);
        robot.clickOn("#alerts-acknowledge");
        robot.clickOn("#alerts-comment").write("restarting the server");
        robot.clickOn("#alerts-comment-ok");
        String who = System.getProperty("user.name") + " via stopped";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#alerts-detail-ack").contains("restarting the server"));
        assertThat(text(robot, "#alerts-detail-ack")).startsWith("by " + who + " at ")
                .endsWith(": restarting the server");
        assertThat(text(robot, "#alerts-detail-response")).startsWith("responded in ");
        assertThat(cellTexts(robot)).contains(who);
        assertThat(text(robot, "#alerts-message")).isEqualTo("Acknowledged Service Down as " + who);
        assertThat(view.viewModel().history()).extracting(HistoryRow::detail)
                .contains("acknowledged by " + who + ": restarting the server");
    }

    @Test
    void cancellingTheDialogChangesNothing(FxRobot robot) throws Exception {
        connectToStoppedServer(robot);
        robot.clickOn("#alerts-silence");
        robot.clickOn("#alerts-silence-1h");
        robot.clickOn("#alerts-comment").write("never mind");
        robot.clickOn("#alerts-comment-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#alerts-comment").tryQuery()).isEmpty();
        assertThat(text(robot, "#alerts-detail-silence")).isEqualTo("not silenced");
        assertThat(view.viewModel().history()).extracting(HistoryRow::detail).noneMatch(d -> d.contains("silenced"));
    }

    @Test
    void silencingUntilRecoveredShowsOnTheAlert(FxRobot robot) throws Exception {
        connectToStoppedServer(robot);
        assertThat(robot.lookup("#alerts-unsilence").queryButton().isDisabled()).isTrue();
        robot.clickOn("#alerts-silence");
        robot.clickOn("#alerts-silence-recovered");
        robot.clickOn("#alerts-comment").write("planned move");
        robot.clickOn("#alerts-comment-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#alerts-detail-silence").startsWith("until recovered"));
        assertThat(text(robot, "#alerts-detail-silence")).endsWith(": planned move");
        assertThat(cellTexts(robot)).contains("until recovered");
        assertThat(robot.lookup("#alerts-unsilence").queryButton().isDisabled()).isFalse();
        assertThat(text(robot, "#alerts-detail-ack")).isEqualTo("not acknowledged");
    }

    @Test
    void theShortcutOpensTheDialogAndThePaletteListsTheCommands(FxRobot robot) throws Exception {
        connectToStoppedServer(robot);
        assertThat(console.context().actions().all()).extracting(ConsoleAction::searchText).contains(
                "Alerts: Acknowledge selected", "Alerts: Silence selected…", "Alerts: Silence selected for 15 min",
                "Alerts: Silence selected for 1 h", "Alerts: Silence selected for 4 h",
                "Alerts: Silence selected until recovered", "Alerts: Unsilence selected",
                "Alerts: Open runbook of selected", "Alerts: Declare incident from selected");
        robot.clickOn(robot.lookup("#alerts-table .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n)
                .getIndex() == 0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#alerts-comment").write("via keys");
        robot.clickOn("#alerts-comment-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#alerts-detail-ack").endsWith("via keys"));
        assertThat(robot.lookup("#alerts-open-runbook").tryQuery()).isPresent();
        assertThat(robot.lookup("#alerts-declare-incident").tryQuery()).isPresent();
    }

    @Test
    void openRunbookAsksForTheAlertsRunbookWithItsContext(FxRobot robot) throws Exception {
        connectToStoppedServer(robot);
        robot.clickOn("#alerts-open-runbook");
        WaitForAsyncUtils.waitForFxEvents();
        var request = console.context().runbookRequests().latestProperty().get();
        assertThat(request.alertRuleIdOrNull()).isEqualTo("service_down");
        assertThat(request.origin()).isEqualTo("alert Service Down (critical, firing)");
        assertThat(request.context().get(0)).isEqualTo("Firing since " + text(robot, "#alerts-detail-state")
                .replaceFirst("^critical · firing since ", ""));
        assertThat(request.context()).contains("Condition: " + text(robot, "#alerts-detail-condition"),
                "Not acknowledged");
    }

    @Test
    void theNotifierPostsExactlyOneNoticePerFiring(FxRobot robot) throws Exception {
        AtomicInteger updates = new AtomicInteger();
        robot.interact(() -> console.context().kpis().latestProperty().addListener((o, a, b) -> updates
                .incrementAndGet()));
        connectToStoppedServer(robot);
        robot.interact(() -> console.context().kpis().start(Duration.ofMillis(100)));
        int seen = updates.get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> updates.get() >= seen + 3);
        List<Notifications.Notice> notices = new java.util.ArrayList<>();
        robot.interact(() -> notices.addAll(console.context().notifications().notices()));
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).critical()).isTrue();
        assertThat(notices.get(0).title()).isEqualTo("Critical alert: Service Down");
        assertThat(notices.get(0).text()).isEqualTo("Firing: health did not answer. Respond within 5 min (runbook: "
                + "Service Down Alert).");
    }

    @Test
    void everyIconLiteralResolves(FxRobot robot) {
        robot.interact(() -> {
            for (String literal : List.of(AlertCommands.ICON_ACKNOWLEDGE, AlertCommands.ICON_SILENCE,
                    AlertCommands.ICON_UNSILENCE, AlertCommands.ICON_RUNBOOK, "mdi2b-bell-outline")) {
                assertThat(new FontIcon(literal).getIconCode().getDescription()).isEqualTo(literal);
            }
            assertThatThrownBy(() -> new FontIcon("mdi2b-bell-no-such-icon")).isInstanceOf(RuntimeException.class);
        });
    }

    private void connectToStoppedServer(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        URI url = URI.create("http://127.0.0.1:" + port);
        robot.interact(() -> console.context().sessions().switchTo(new Session("stopped", "development",
                "server " + url, RemoteOperations.connect(url, "clio_unused", null), null)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().get(0).firing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AlertRow> table(FxRobot robot) {
        return robot.lookup("#alerts-table").queryAs(TableView.class);
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#alerts-table .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String css(String resource) {
        return AlertsViewTest.class.getResource(resource).toExternalForm();
    }
}
