package dev.clio.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.PlaceholderView;
import dev.clio.console.common.Theme;
import dev.clio.console.common.ViewSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private TestConsole console;
    private ShellViewModel vm;
    private Scene scene;
    private ConsolePrefs prefs;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        List<ViewSpec> views = List.of(
                spec("overview", "Overview"), spec("alerts", "Alerts"), spec("containers", "Containers"));
        prefs = ConsolePrefs.load(dir);
        vm = new ShellViewModel(views, console.context().settings(), prefs, Clock.systemUTC(), null);
        MainWindow window = new MainWindow(console.context(), vm);
        console.context().sessions().currentProperty().addListener((o, a, b) -> vm.sessionChanged(b));
        console.context().kpis().latestProperty().addListener((o, a, b) -> vm.refreshed(b));
        scene = new Scene(window.root(), 1000, 700);
        window.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    private static ViewSpec spec(String id, String title) {
        return new ViewSpec(id, title, "mdi2c-cog-outline", title + " view",
                ctx -> new PlaceholderView(id, title, title + " text"));
    }

    @Test
    void shortcutsSwitchViewsAndNavFollows(FxRobot robot) {
        assertThat(robot.lookup("#overview-view").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#containers-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#overview-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-containers").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        robot.clickOn("#nav-alerts");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("alerts");
    }

    @Test
    void themeSwitchesAtRuntimeAndIsRemembered(FxRobot robot) {
        Theme before = vm.themeProperty().get();
        robot.clickOn("#toolbar-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Theme after = vm.themeProperty().get();
        assertThat(after).isEqualTo(before.other());
        assertThat(scene.getStylesheets().get(0)).endsWith(after.stylesheet());
        console.context().prefs().save();
        ConsolePrefs reloaded = ConsolePrefs.load(console.context().prefs().file().getParent());
        assertThat(new dev.clio.console.common.ConsoleSettings(reloaded, null).themeProperty().get()).isEqualTo(after);
    }

    @Test
    @SuppressWarnings("unchecked")
    void paletteFindsAndRunsAnAction(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#command-palette").query().isVisible()).isTrue();
        robot.write("cont");
        ListView<Object> list = robot.lookup("#palette-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem().toString()).contains("Containers");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("containers");
        assertThat(robot.lookup("#command-palette").query().isVisible()).isFalse();
    }

    @Test
    void productionIsUnmistakableAndStateReachesTheStatusBar(FxRobot robot) throws Exception {
        robot.interact(() -> console.connect("production"));
        assertThat(vm.titleProperty().get()).contains("[PRODUCTION]");
        assertThat(robot.lookup("#environment-badge").queryAs(Label.class).getText()).isEqualTo("PRODUCTION");
        assertThat(robot.lookup(".ops-production").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "connected".equals(robot.lookup("#connection-state").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#last-refresh").queryAs(Label.class).getText()).startsWith("updated");
    }
}
