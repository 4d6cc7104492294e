package dev.clio.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.config.Environment;
import dev.clio.connections.Connection;
import dev.clio.connections.ConnectionFactory;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.connections.Monitoring;
import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.integrations.alertmanager.AlertmanagerGateway;
import dev.clio.integrations.alertmanager.AmAlert;
import dev.clio.testing.AlertmanagerProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Alerts view over the console's real runtime and a connection whose profile names a real Alertmanager on
 * loopback, fed alerts by the test: its alerts show beside the console's own, and silences are created and expired
 * through the dialogs and the confirmation.
 */
@ExtendWith(ApplicationExtension.class)
class AlertmanagerPaneTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path dir;
    static AlertmanagerProcess am;
    static AlertmanagerGateway direct;

    private TestConsole console;
    private AlertsView view;
    private Connection connection;

    @BeforeAll
    static void startAlertmanager() {
        am = AlertmanagerProcess.start(dir.resolve("am"));
        direct = new AlertmanagerGateway(am.url());
    }

    @AfterAll
    static void stopAlertmanager() {
        am.close();
    }

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        view = new AlertsView(console.context());
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1280, 860);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    @Test
    void alertmanagersAlertsShowAndASilenceIsCreatedAndExpiredThroughTheConfirmation(FxRobot robot) {
        am.fire(Map.of("alertname", "HighErrorRate", "severity", "critical", "instance", "api-1"),
                "API error rate above 5%", Instant.now().minusSeconds(120));
        connect(robot, am.url(), Environment.STAGING);

        await().atMost(WAIT).until(() -> row(robot, "HighErrorRate").isPresent());
        AmRows.AlertLine line = row(robot, "HighErrorRate").orElseThrow();
        assertThat(line.severity()).isEqualTo("critical");
        assertThat(line.state()).isEqualTo("active");
        assertThat(line.labels()).as("name and severity have their columns").isEqualTo("instance=api-1");
        assertThat(line.summary()).isEqualTo("API error rate above 5%");
        assertThat(text(robot, "#alertmanager-status")).contains("at " + am.url());
        assertThat(robot.lookup("#alerts-table").tryQuery()).as("the console's own alerts stay").isPresent();

        select(robot, "HighErrorRate");
        robot.clickOn("#alertmanager-silence");
        robot.clickOn("#alertmanager-silence-end").eraseText(2).write("3h");
        robot.clickOn("#alertmanager-silence-comment").write("rolling back the deploy");
        robot.clickOn("#alertmanager-silence-ok");
        // the confirmation names the Alertmanager, the matchers and the environment before anything is sent
        assertThat(robot.lookup(".dialog-pane").queryAll().stream().map(n -> ((javafx.scene.control.DialogPane) n)
                .getHeaderText()).toList()).contains("Create silence {alertname=\"HighErrorRate\", "
                + "instance=\"api-1\", severity=\"critical\"}?");
        assertThat(labels(robot)).anyMatch(t -> t.contains("Alertmanager " + am.url() + " (connection test-am)"))
                .contains("staging");
        assertThat(direct.silences()).noneMatch(s -> s.comment().equals("rolling back the deploy"));
        robot.clickOn("#confirm-ok");

        await().atMost(WAIT).untilAsserted(() -> assertThat(direct.silences())
                .filteredOn(s -> s.comment().equals("rolling back the deploy")).singleElement()
                .satisfies(s -> {
                    assertThat(s.active()).isTrue();
                    assertThat(s.createdBy()).isEqualTo(AlertsViewModel.responder(null,
                            System.getProperty("user.name")));
                    assertThat(Duration.between(s.startsAt(), s.endsAt())).isBetween(Duration.ofMinutes(179),
                            Duration.ofMinutes(181));
                }));
        await().atMost(WAIT).until(() -> row(robot, "HighErrorRate").map(AmRows.AlertLine::state)
                .orElse("").equals("silenced"));
        assertThat(row(robot, "HighErrorRate").orElseThrow().silence()).startsWith("until ");
        assertThat(text(robot, "#alertmanager-problem")).startsWith("Silenced HighErrorRate until");

        silences(robot).getSelectionModel().select(0);
        robot.clickOn("#alertmanager-expire");
        robot.clickOn("#confirm-ok");

        await().atMost(WAIT).until(() -> row(robot, "HighErrorRate").map(AmRows.AlertLine::state)
                .orElse("").equals("active"));
        assertThat(direct.silences()).filteredOn(s -> s.comment().equals("rolling back the deploy"))
                .singleElement().satisfies(s -> assertThat(s.expired()).isTrue());
        assertThat(silences(robot).getItems()).noneMatch(s -> s.comment().equals("rolling back the deploy"));
    }

    @Test
    void cancellingTheConfirmationSendsNothingAndABadEndIsASentence(FxRobot robot) {
        am.fire(Map.of("alertname", "DiskFull", "severity", "warning"), "disk at 96%", Instant.now());
        connect(robot, am.url(), Environment.DEVELOPMENT);
        await().atMost(WAIT).until(() -> row(robot, "DiskFull").isPresent());
        int before = direct.silences().size();

        select(robot, "DiskFull");
        robot.clickOn("#alertmanager-silence");
        robot.clickOn("#alertmanager-silence-comment").write("later");
        robot.clickOn("#alertmanager-silence-ok");
        robot.clickOn("#confirm-cancel");
        assertThat(direct.silences()).hasSize(before);

        robot.clickOn("#alertmanager-silence");
        // set, not typed: backspaces into a field that is still taking focus were lost on a loaded machine
        javafx.scene.control.TextField end = robot.lookup("#alertmanager-silence-end")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> end.setText("yesterday"));
        robot.clickOn("#alertmanager-silence-comment").write("bad end");
        robot.clickOn("#alertmanager-silence-ok");
        robot.clickOn("#confirm-ok");
        await().atMost(WAIT).until(() -> text(robot, "#alertmanager-problem").startsWith("'yesterday' is not a "
                + "duration such as 2h"));
        assertThat(direct.silences()).hasSize(before);
    }

    @Test
    void anUnreachableAlertmanagerIsASentenceAndAConnectionWithoutOneHidesThePane(FxRobot robot) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        connect(robot, URI.create("http://127.0.0.1:" + port), Environment.DEVELOPMENT);
        await().atMost(WAIT).until(() -> text(robot, "#alertmanager-problem")
                .startsWith("Cannot reach Alertmanager at http://127.0.0.1:" + port));
        assertThat(robot.lookup("#alertmanager-pane").query().isVisible()).isTrue();

        connect(robot, null, Environment.DEVELOPMENT);
        await().atMost(WAIT).until(() -> !robot.lookup("#alertmanager-pane").query().isVisible());
        assertThat(text(robot, "#alertmanager-status")).contains("names no Alertmanager");
    }

    private void connect(FxRobot robot, URI alertmanager, Environment environment) {
        ConnectionStore store = new ConnectionStore(dir.resolve("config" + System.nanoTime()));
        ConnectionProfile profile = ConnectionProfile.embedded("test-am", console.workspace().root(), environment)
                .withMonitoring(new Monitoring(alertmanager, null));
        connection = new ConnectionFactory(store).open(profile);
        Session session = Session.of(connection);
        robot.interact(() -> console.context().sessions().switchTo(session));
    }

    private static Optional<AmRows.AlertLine> row(FxRobot robot, String name) {
        return alerts(robot).getItems().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static void select(FxRobot robot, String name) {
        robot.interact(() -> {
            TableView<AmRows.AlertLine> table = alerts(robot);
            table.getSelectionModel().select(row(robot, name).orElseThrow());
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<AmRows.AlertLine> alerts(FxRobot robot) {
        return robot.lookup("#alertmanager-alerts").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<AmRows.SilenceLine> silences(FxRobot robot) {
        return robot.lookup("#alertmanager-silences").queryAs(TableView.class);
    }

    private static java.util.List<String> labels(FxRobot robot) {
        return robot.lookup(".dialog-pane .label").queryAll().stream().map(n -> ((Label) n).getText())
                .filter(java.util.Objects::nonNull).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String css(String path) {
        return AlertmanagerPaneTest.class.getResource(path).toExternalForm();
    }
}
