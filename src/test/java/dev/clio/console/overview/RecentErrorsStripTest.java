package dev.clio.console.overview;

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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
class RecentErrorsStripTest {

    @TempDir
    static Path dir;

    private final List<String> navigated = new ArrayList<>();
    private TestConsole console;
    private RecentErrorsViewModel vm;
    private RecentErrorsStrip strip;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        console.connect("development");
        ConsoleContext ctx = console.context();
        vm = new RecentErrorsViewModel(ctx.sessions(), navigated::add, ctx.io(), ctx.ui(), ctx.clock(),
                ZoneOffset.UTC);
        strip = new RecentErrorsStrip(vm, console.context().scheduler(), console.context().ui());
        Scene scene = new Scene(new javafx.scene.layout.BorderPane(null, null, null, strip.node(), null), 1200, 600);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            strip.dispose();
            console.close();
        });
    }

    private static String css(String resource) {
        return RecentErrorsStripTest.class.getResource(resource).toExternalForm();
    }

    private static <T> T onFx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }

    private void write(String level, String message) throws IOException {
        Path log = console.workspace().engineLog();
        Files.createDirectories(log.getParent());
        Files.writeString(log, "{\"timestamp\":\"" + Instant.now() + "\",\"level\":\"" + level
                + "\",\"event\":\"test_event\",\"message\":\"" + message + "\"}\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private List<String> shown() {
        return onFx(() -> vm.pane().model().shownTexts());
    }

    @Test
    void anErrorLineAppearsAndAnInfoLineDoesNot(FxRobot robot) throws IOException {
        Node pane = robot.lookup("#recent-errors-pane").query();
        assertThat(pane.isVisible()).as("collapsed at first").isFalse();
        assertThat(robot.lookup("#recent-errors-count").queryAs(Label.class).getText())
                .isEqualTo("No errors in the last hour");
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(300)).until(() -> true);
        write("INFO", "all is well");
        write("ERROR", "the disk is full");
        write("INFO", "still fine");
        await().atMost(Duration.ofSeconds(15)).until(() -> shown().stream().anyMatch(t -> t.contains("disk is full")));
        // the INFO lines came before and with the ERROR one; a later ERROR shows none of them got through
        write("ERROR", "the second error");
        await().atMost(Duration.ofSeconds(15)).until(() -> shown().size() == 2);
        assertThat(shown()).noneMatch(t -> t.contains("all is well") || t.contains("still fine"));
        await().atMost(Duration.ofSeconds(5)).until(() -> onFx(() ->
                robot.lookup("#recent-errors-count").queryAs(Label.class).getText())
                .equals("2 errors in the last hour"));
        robot.clickOn("#recent-errors-toggle");
        assertThat(pane.isVisible()).isTrue();
        assertThat(vm.pane().followingProperty().get()).as("newest visible").isTrue();
        robot.clickOn("#recent-errors-open-logs");
        assertThat(navigated).containsExactly("logs");
    }

    @Test
    void aSessionSwitchResubscribes() throws IOException {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.connect("staging"));
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(300)).until(() -> true);
        write("ERROR", "after the switch");
        await().atMost(Duration.ofSeconds(15)).until(() -> shown().stream()
                .filter(t -> t.contains("after the switch")).count() == 1);
    }

    @Test
    void iconsResolveAndThePaneIsBounded() {
        for (String icon : RecentErrorsStrip.ICONS) {
            assertThatCode(() -> new FontIcon(icon)).as(icon).doesNotThrowAnyException();
        }
        assertThat(vm.pane().model().capacity()).isEqualTo(2_000);
    }
}
