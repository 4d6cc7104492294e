package dev.clio.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.PlaceholderView;
import dev.clio.console.common.ViewSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run welcome: shown on a fresh profile, gone for good once dismissed. */
@ExtendWith(ApplicationExtension.class)
class WelcomeTest {

    @TempDir
    static Path dir;

    private TestConsole console;
    private Path profile;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        profile = dir.resolve("profile" + System.nanoTime());
        console = TestConsole.embedded(profile);
        open(profile.resolve("config"));
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    /** Builds the window as ConsoleApp does, with the preferences found in {@code config}. */
    private void open(Path config) {
        ConsolePrefs prefs = ConsolePrefs.load(config);
        List<ViewSpec> views = List.of(spec("overview", "Overview", "KPI tiles and health"),
                spec("runbooks", "Runbooks", "Run the monitoring procedures"));
        ShellViewModel vm = new ShellViewModel(views, console.context().settings(), prefs, Clock.systemUTC(), null);
        MainWindow window = new MainWindow(console.context(), vm);
        window.addWelcome(new WelcomeModel(prefs));
        Scene scene = new Scene(window.root(), 1000, 700);
        window.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static ViewSpec spec(String id, String title, String description) {
        return new ViewSpec(id, title, "mdi2c-cog-outline", description,
                ctx -> new PlaceholderView(id, title, title + " text"));
    }

    private static boolean shown(FxRobot robot) {
        return robot.lookup("#welcome").tryQuery().map(WelcomeTest::visible).orElse(false);
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aFreshProfileShowsWhatEachViewIsForAndHowToConnect(FxRobot robot) {
        assertThat(shown(robot)).isTrue();
        String text = robot.lookup("#welcome .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("Runbooks", "Run the monitoring procedures", "Overview", "KPI tiles and health",
                "demo workspace", "Ctrl+K", "--connection URL");
        assertThat(text).doesNotContainIgnoringCase("sign in").doesNotContainIgnoringCase("password");
    }

    @Test
    void dismissedIsRememberedAndNotShownNextStart(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).isFalse();
        Path config = profile.resolve("config");
        assertThat(Files.readString(config.resolve("console.properties"))).contains("welcome.dismissed=true");

        WaitForAsyncUtils.asyncFx(() -> open(config)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(shown(robot)).isFalse();
    }
}
