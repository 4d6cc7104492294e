package dev.clio.console.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.ServedWorkspace;
import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.security.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * A remote session through a real server on loopback (wired as {@code serve} wires it) with real API keys: a viewer
 * key sees remediations disabled with the reason before acting, and still runs investigations.
 */
@ExtendWith(ApplicationExtension.class)
class RunbooksRoleTest {

    @TempDir
    Path dir;

    private TestConsole console;
    private ServedWorkspace served;
    private RunbooksView view;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir);
        served = new ServedWorkspace(console);
        view = new RunbooksView(console.context());
        Scene scene = new Scene(new StackPane(view.node()), 1280, 760);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.viewModel().close();
            console.context().sessions().switchTo(null);
        });
        served.close();
        console.close();
    }

    private Session remote(Role role) {
        return served.remote(role, "console");
    }

    @Test
    void aViewerKeySeesRemediationsDisabledWithTheReasonAndStillInvestigates(FxRobot robot) throws Exception {
        robot.interact(() -> console.context().sessions().switchTo(remote(Role.VIEWER)));
        open(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#step-disabled-gc").queryAs(Label.class)
                .isVisible());
        Button gc = robot.lookup("#step-run-gc").queryButton();
        assertThat(gc.isDisabled()).isTrue();
        String reason = robot.lookup("#step-disabled-gc").queryAs(Label.class).getText();
        assertThat(reason).contains("is a viewer").endsWith("running gc needs the operator role");
        assertThat(gc.getTooltip().getText()).isEqualTo(reason);
        assertThat(robot.lookup("#step-run-restart").queryButton().isDisabled()).isTrue();
        Button memory = robot.lookup("#step-run-memory").queryButton();
        assertThat(memory.isDisabled()).isFalse();
        robot.interact(memory::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#step-verdict-memory")
                .queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#step-verdict-memory").queryAs(Label.class).getText()).isIn("PASS", "WARN", "FAIL");
    }

    @Test
    void anOperatorKeyMayRunThem(FxRobot robot) throws Exception {
        robot.interact(() -> console.context().sessions().switchTo(remote(Role.OPERATOR)));
        open(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().target().identityOrNull() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#step-run-gc").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#step-disabled-gc").queryAs(Label.class).isVisible()).isFalse();
    }

    private void open(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#runbook-entry-high-memory-usage")
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#runbook-entry-high-memory-usage").match((javafx.scene.Node n) -> n.getScene() != null)
                .<javafx.scene.Node>query(), javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#step-card-gc").tryQuery().isPresent());
    }

    private static String css(String resource) {
        return RunbooksRoleTest.class.getResource(resource).toExternalForm();
    }
}
