package dev.clio.console.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.config.Environment;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.console.TestConsole;
import dev.clio.console.TestShots;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.PlaceholderView;
import dev.clio.console.common.SessionOpener;
import dev.clio.console.common.Theme;
import dev.clio.console.common.ViewSpec;
import dev.clio.console.shell.MainWindow;
import dev.clio.console.shell.ShellViewModel;
import dev.clio.server.ServerHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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
 * The console switching from its embedded session to a real server on loopback and back, losing and regaining that
 * server, and a wrong key; wired as ConsoleApp wires it. Writes the dialog and status bar as PNGs to
 * target/shots-connections for a look in both themes.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionSwitchingTest {

    private static final Path SHOTS = Path.of("target", "shots-connections");

    @TempDir
    static Path dir;

    private TestConsole console;
    private ShellViewModel vm;
    private ConnectionStore store;
    private Scene scene;
    private ServerHarness server;

    @Start
    void start(Stage stage) {
        Path here = dir.resolve("c" + System.nanoTime());
        console = TestConsole.embedded(here);
        store = new ConnectionStore(here.resolve("config"));
        List<ViewSpec> views = List.of(new ViewSpec("overview", "Overview", "mdi2c-cog-outline", "Overview",
                ctx -> new PlaceholderView("overview", "Overview", "Overview text")));
        var context = console.context();
        vm = new ShellViewModel(views, context.settings(), ConsolePrefs.load(here), Clock.systemUTC(), null);
        MainWindow window = new MainWindow(context, vm);
        ConnectionsFeature feature = new ConnectionsFeature(context, new SessionOpener(store));
        window.addToolbarItem(feature.switcher());
        window.addOverlay(feature.dialog());
        context.sessions().statusProperty().addListener((o, a, b) -> vm.connectionChanged(b));
        context.sessions().currentProperty().addListener((o, a, b) -> vm.sessionChanged(b));
        context.kpis().latestProperty().addListener((o, a, b) -> vm.refreshed(b));
        scene = new Scene(window.root(), 1200, 760);
        window.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
        if (server != null) {
            server.close();
        }
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitForState(FxRobot robot, String state, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> state.equals(text(robot, "#connection-state")));
    }

    private void shot(FxRobot robot, String name) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                vm.setTheme(theme);
                TestShots.write(scene, SHOTS.resolve(name + "-" + theme.name().toLowerCase() + ".png"));
            });
        }
    }

    @Test
    void switchingToARemoteServerFollowsItsLossAndRecoveryWithoutARestart(FxRobot robot) throws Exception {
        server = ServerHarness.start(dir.resolve("server"), 0, Duration.ofSeconds(1));
        int port = server.port();
        store.add(ConnectionProfile.remote("staging-eu", server.baseUrl(), null, Environment.STAGING));
        store.storeKey("staging-eu", server.key("viewer"));
        robot.interact(() -> console.connect("development"));
        waitForState(robot, "connected", 10);
        assertThat(vm.titleProperty().get()).isEqualTo("CLI Orchestrator — test [development]");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#connections-dialog").query().isVisible()).isTrue();
        robot.clickOn("#connection-row-staging-eu");
        shot(robot, "dialog");
        robot.clickOn("#conn-connect");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.titleProperty().get()
                .equals("CLI Orchestrator — staging-eu [staging]"));
        assertThat(text(robot, "#environment-badge")).isEqualTo("STAGING");
        assertThat(robot.lookup("#environment-badge").query().getStyleClass()).contains("ops-env-staging");
        assertThat(text(robot, "#connection-target")).isEqualTo("server http://127.0.0.1:" + port);
        assertThat(robot.lookup("#connections-dialog").query().isVisible()).isFalse();
        waitForState(robot, "connected", 10);
        assertThat(text(robot, "#last-refresh")).startsWith("updated ");
        assertThat(store.lastUsed()).map(s -> s.name()).contains("staging-eu");

        server.close();
        waitForState(robot, "disconnected", 3);
        assertThat(text(robot, "#connection-problem")).startsWith("The server cannot be reached; check that it is "
                + "running and the URL is right.");
        assertThat(text(robot, "#last-refresh")).contains("retrying");
        shot(robot, "status-disconnected");

        server = ServerHarness.start(dir.resolve("server"), port, Duration.ofSeconds(1));
        waitForState(robot, "connected", 10);
        assertThat(text(robot, "#connection-problem")).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo("CLI Orchestrator — staging-eu [staging]");
    }

    @Test
    void aWrongKeyPickedInTheToolbarSwitcherIsAPlainSentence(FxRobot robot) throws Exception {
        server = ServerHarness.start(dir.resolve("server"), 0, Duration.ofSeconds(1));
        store.add(ConnectionProfile.remote("bad-key", server.baseUrl(), null, Environment.PRODUCTION));
        store.storeKey("bad-key", "clio_" + "A".repeat(43));

        robot.clickOn("#connection-switcher");
        // the menu reads the saved connections again as it opens
        Predicate<Node> item = n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("bad-key ");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(item).tryQuery().isPresent());
        robot.clickOn(item);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.titleProperty().get()
                .equals("CLI Orchestrator — bad-key [PRODUCTION]"));
        assertThat(robot.lookup(".ops-production").tryQuery()).isPresent();
        String wrongKey = "The server did not accept the API key of this connection. Check that it was copied "
                + "completely, or enter a new one in the connection's settings.";
        // the very first probe of a fresh JVM may time out while classes load; the key's verdict follows
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wrongKey.equals(text(robot, "#connection-problem")));
        assertThat(text(robot, "#connection-state")).isEqualTo("disconnected");
        // probing stops (each refused probe counts towards the server's failed-login limit) until asked to retry
        assertThat(console.context().sessions().keyRefused()).isTrue();
        assertThat(text(robot, "#last-refresh")).doesNotContain("retrying");
        int calls = server.callCount();
        Thread.sleep(2500);
        assertThat(server.callCount()).as("no probes while the key is refused").isEqualTo(calls);
        shot(robot, "status-wrong-key");

        robot.interact(() -> console.context().sessions().retryNow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> server.callCount() > calls);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wrongKey.equals(text(robot, "#connection-problem"))
                && console.context().sessions().keyRefused());
    }

    @Test
    void aKeyTypedIntoTheFormIsStoredAndNeverShownAgain(FxRobot robot) {
        String key = "clio_" + "s".repeat(43);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.clickOn("#conn-add");
        robot.clickOn("#conn-name").write("prod-eu");
        robot.clickOn("#conn-url").write("https://ops.example.com:8443");
        robot.clickOn("#conn-key").write(key);
        robot.clickOn("#conn-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.keyForOpening("prod-eu")).isEqualTo(key);

        robot.clickOn("#connection-row-prod-eu");
        robot.clickOn("#conn-edit");
        PasswordField field = robot.lookup("#conn-key").queryAs(PasswordField.class);
        assertThat(field.getText()).isEmpty();
        assertThat(field.getPromptText()).isEqualTo("key saved - enter a new one to replace");
        robot.clickOn("#conn-url").eraseText(40).write("ops.example.com");
        robot.clickOn("#conn-prometheus").write("http://prometheus:9090/api/v1");
        robot.clickOn("#conn-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#conn-url-error")).isEqualTo("'ops.example.com' is not an http(s) URL, e.g. "
                + "https://ops.example.com:8443.");
        assertThat(text(robot, "#conn-prometheus-error")).isEqualTo("Prometheus URL 'http://prometheus:9090/api/v1' "
                + "must be Prometheus's base URL, without /api/v1 or a query, e.g. http://prometheus.example.com:9090.");
        shot(robot, "dialog-error");
    }

    @Test
    void everyIconLiteralOfTheFeatureResolves() {
        for (String literal : List.of("mdi2l-lan-connect", "mdi2l-lan", "mdi2p-plus", "mdi2p-pencil-outline",
                "mdi2d-delete-outline", "mdi2c-close", "mdi2c-check", "mdi2s-server-network", "mdi2f-folder-outline",
                "mdi2f-folder-open-outline", "mdi2c-cog-outline", "mdi2c-content-save-outline")) {
            assertThat(new FontIcon(literal).getIconCode().getDescription()).isEqualTo(literal);
        }
    }
}
