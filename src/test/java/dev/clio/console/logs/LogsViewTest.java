package dev.clio.console.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Styles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
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

@ExtendWith(ApplicationExtension.class)
class LogsViewTest {

    @TempDir
    static Path dir;

    private TestConsole console;
    private LogsViewModel vm;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        console.connect("development");
        ConsoleContext ctx = console.context();
        vm = new LogsViewModel(ctx.sessions(), ctx.scheduler(), ctx.io(), ctx.ui(), ctx.clock(), ZoneOffset.UTC,
                LogsViewModel.capacity(ctx.prefs()));
        LogsView view = new LogsView(vm, ctx.actions(), id -> { });
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 600);
        scene.getStylesheets().setAll(css("/styles/theme-light.css"), css(Styles.BASE_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.close();
            console.close();
        });
    }

    private static String css(String resource) {
        return LogsViewTest.class.getResource(resource).toExternalForm();
    }

    private static <T> T onFx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }

    private static String json(String time, String level, String message) {
        return "{\"timestamp\":\"" + time + "\",\"level\":\"" + level + "\",\"event\":\"test_event\",\"message\":\""
                + message + "\",\"workflow_name\":\"Hello\"}\n";
    }

    private Path engineLog() {
        return console.workspace().engineLog();
    }

    @Test
    void theOrchestratorTabFollowsTheStructuredLogAsColumns() throws IOException {
        Files.createDirectories(engineLog().getParent());
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(300)).until(() -> true);
        Files.writeString(engineLog(), json("2026-12-01T10:00:00Z", "ERROR", "the disk is full"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        await().atMost(Duration.ofSeconds(15)).until(() -> onFx(() -> vm.orchestrator().pane().model()
                .shownTexts().stream().anyMatch(t -> t.contains("the disk is full"))));
        int last = onFx(() -> vm.orchestrator().pane().model().shownCount() - 1);
        String shown = onFx(() -> vm.orchestrator().pane().model().shownLine(last).columns().message());
        assertThat(shown).isEqualTo("the disk is full");
    }

    @Test
    void aSessionSwitchResubscribes() throws IOException {
        Files.createDirectories(engineLog().getParent());
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.connect("staging"));
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(300)).until(() -> true);
        Files.writeString(engineLog(), json("2026-12-01T10:00:01Z", "INFO", "after the switch"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        await().atMost(Duration.ofSeconds(15)).until(() -> onFx(() -> vm.orchestrator().pane().model()
                .shownTexts().stream().filter(t -> t.contains("after the switch")).count() == 1));
    }

    @Test
    void openFileAddsAFollowingTabAndMergeOrdersTabsByTime(FxRobot robot) throws IOException {
        Path app = Files.writeString(dir.resolve("app-" + System.nanoTime() + ".log"),
                "2026-12-01T09:00:00Z WARN app slow\n");
        LogsViewModel.LogTab tab = onFx(() -> vm.openFile(app));
        assertThat(tab).isNotNull();
        assertThat(robot.lookup("#logs-tabs").queryAs(TabPane.class).getTabs()).hasSize(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> tab.pane().model().shownCount()) == 1);
        Files.writeString(app, "2026-12-01T09:00:02Z INFO app fine\n", StandardOpenOption.APPEND);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> tab.pane().model().shownCount()) == 2);
        Files.writeString(engineLog(), json("2026-12-01T09:00:01Z", "INFO", "between"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        robot.clickOn("#logs-merge");
        LogsViewModel.LogTab merged = onFx(() -> vm.tabs().get(vm.tabs().size() - 1));
        assertThat(merged.merged()).isTrue();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(onFx(() -> merged.pane().model()
                .shownTexts().stream().filter(t -> t.contains("2026-12-01T09:00")).toList()))
                .containsExactly("2026-12-01T09:00:00Z WARN app slow",
                        json("2026-12-01T09:00:01Z", "INFO", "between").strip(),
                        "2026-12-01T09:00:02Z INFO app fine"));
        String first = onFx(() -> {
            int i = merged.pane().model().shownTexts().indexOf("2026-12-01T09:00:00Z WARN app slow");
            return merged.pane().model().render(i).text();
        });
        assertThat(first).isEqualTo("[" + app.getFileName() + "] 2026-12-01T09:00:00Z WARN app slow");
        assertThat(robot.lookup("#logs-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getText()).isEqualTo("Merged (2)");
    }

    @Test
    void aMissingFileIsASentenceAndNoTab() {
        Path missing = dir.resolve("missing.log");
        assertThat(onFx(() -> vm.openFile(missing))).isNull();
        assertThat(vm.problemProperty().get()).isEqualTo("Cannot open " + missing + ": no such file");
        assertThat(onFx(() -> vm.mergeOpenTabs())).isNull();
        assertThat(vm.problemProperty().get()).startsWith("A merged view needs at least two sources");
    }

    @Test
    void actionsAreInThePaletteAndIconsResolve() {
        assertThat(console.context().actions().find("logs.open-file")).isPresent();
        assertThat(console.context().actions().find("logs.merge")).isPresent();
        for (String icon : LogsView.ICONS) {
            assertThatCode(() -> new FontIcon(icon)).as(icon).doesNotThrowAnyException();
        }
    }
}
