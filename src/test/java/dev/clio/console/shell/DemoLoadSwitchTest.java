package dev.clio.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.TestConsole;
import dev.clio.console.common.DemoHandle;
import dev.clio.console.common.Session;
import dev.clio.demo.DemoWorkspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
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

/** The switch against the real demo engine and generator (a loopback server, real workflows). */
@ExtendWith(ApplicationExtension.class)
class DemoLoadSwitchTest {

    @TempDir
    static Path dir;

    private TestConsole console;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        Node node = new DemoLoadSwitch(console.context(), false).node();
        stage.setScene(new Scene(new StackPane(node), 400, 80));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> console.close());
    }

    @Test
    void hiddenOutsideTheDemoWorkspace(FxRobot robot) {
        robot.interact(() -> console.connect("development"));
        assertThat(robot.lookup("#demo-load-switch").query().getParent().isVisible()).isFalse();
    }

    @Test
    void startsAndStopsTheGeneratorAndLabelsItWhileItRuns(FxRobot robot) throws Exception {
        Path demoDir = dir.resolve("demo" + System.nanoTime());
        Session session = DemoHandle.openSession(DemoWorkspace.ensure(demoDir), "demo", "development");
        robot.interact(() -> console.context().sessions().switchTo(session));
        assertThat(robot.lookup("#demo-load-switch").query().isVisible()).isTrue();
        assertThat(robot.lookup("#demo-load-label").query().isVisible()).isFalse();

        robot.clickOn("#demo-load-switch");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.demoOrNull().running()
                && robot.lookup("#demo-load-label").query().isVisible());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.demoOrNull().stats().requests() > 0);
        assertThat(robot.lookup("#demo-load-switch").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#demo-load-switch");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !session.demoOrNull().running()
                && !robot.lookup("#demo-load-label").query().isVisible());
    }
}
