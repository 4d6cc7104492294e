package dev.clio.console.common.logpane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import dev.clio.console.common.Styles;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LogPaneTest {

    private static final int CAPACITY = 10_000;
    private LogPane pane;
    private LogPaneViewModel vm;
    private final ManualSource source = new ManualSource();
    private StyleClassedTextArea area;

    @Start
    void start(Stage stage) {
        vm = new LogPaneViewModel(CAPACITY, ZoneOffset.UTC, Clock.systemUTC(), Runnable::run, Runnable::run);
        pane = new LogPane(vm);
        vm.start(source);
        Scene scene = new Scene((javafx.scene.Parent) pane.node(), 1100, 500);
        scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
        stage.setScene(scene);
        stage.show();
        area = (StyleClassedTextArea) scene.lookup("#log-area");
    }

    private static String css(String resource) {
        return LogPaneTest.class.getResource(resource).toExternalForm();
    }

    private void feed(String prefix, int from, int count) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> source.lines(prefix, from, count));
    }

    /** Waits until the model shows {@code count} lines and, when following, the newest is the last paragraph. */
    private void awaitParagraphs(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(() -> vm.model().shownCount() == count
                && (!vm.followingProperty().get() || count == 0
                || lastParagraph().equals(vm.model().render(count - 1).text()))));
    }

    private int shownParagraphs() {
        return onFx(() -> vm.model().shownCount());
    }

    private String lastParagraph() {
        return area.getParagraph(area.getParagraphs().size() - 1).getText();
    }

    private String paragraph(int i) {
        return onFx(() -> area.getParagraph(i).getText());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }

    @Test
    void eachPulseChangesTheAreaAtMostOnceAndTheAreaHoldsOnlyTheLinesInView() {
        AtomicInteger changes = new AtomicInteger();
        WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> area.plainTextChanges().subscribe(c -> changes.incrementAndGet()));
        long before = pane.appliedChanges();
        feed("line ", 0, 5_000);
        awaitParagraphs(5_000);
        assertThat(changes.get()).isEqualTo(1);
        // 12,000 more at once: one pulse takes 10,000, the next the remaining 2,000; the oldest are dropped from the
        // buffer without touching the area
        feed("line ", 5_000, 12_000);
        await().atMost(Duration.ofSeconds(20)).until(() -> onFx(this::lastParagraph).equals("line 16999"));
        assertThat(shownParagraphs()).isEqualTo(CAPACITY);
        assertThat(onFx(() -> vm.model().shownLine(0).text())).isEqualTo("line 7000");
        // each of those pulses redraws once, or the second joins the first (streamed redraws are 50 ms apart)
        assertThat(changes.get()).isBetween(2, 3);
        assertThat(pane.appliedChanges() - before).isEqualTo(changes.get());
        assertThat(onFx(() -> area.getParagraphs().size())).isLessThan(60);
        assertThat(vm.statusProperty().get()).startsWith("10,000 lines");
    }

    @Test
    void scrollingUpPausesFollowAndEndOrTheButtonResumes(FxRobot robot) {
        feed("line ", 0, 2_000);
        awaitParagraphs(2_000);
        assertThat(vm.followingProperty().get()).isTrue();
        int followedFrom = onFx(pane::firstLineInView);
        // Monocle's robot sends wheel notches with the sign inverted and 1 px long, so the test sends the event a
        // real mouse wheel turned up sends (deltaY > 0) through the normal dispatch
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> area.fireEvent(wheelUp()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.followingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("paused (End resumes)");
        int firstInView = onFx(pane::firstLineInView);
        assertThat(firstInView).isEqualTo(followedFrom - 3);
        String firstText = onFx(() -> area.getParagraph(0).getText());
        feed("more ", 0, 500);
        awaitParagraphs(2_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(pane::firstLineInView)).isEqualTo(firstInView);
        assertThat(onFx(() -> area.getParagraph(0).getText())).isEqualTo(firstText);
        robot.clickOn(area).type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.followingProperty().get()).isTrue();
        awaitParagraphs(2_500);
        assertThat(onFx(this::lastParagraph)).isEqualTo("more 499");
        robot.clickOn("#log-follow");
        assertThat(vm.followingProperty().get()).isFalse();
        robot.clickOn("#log-follow");
        assertThat(vm.followingProperty().get()).isTrue();
    }

    private static ScrollEvent wheelUp() {
        return new ScrollEvent(ScrollEvent.SCROLL, 200, 200, 200, 200, false, false, false, false, false, false, 0,
                120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE,
                0, 0, null);
    }

    @Test
    void pageUpPausesFollow(FxRobot robot) {
        feed("line ", 0, 300);
        awaitParagraphs(300);
        robot.clickOn(area).type(KeyCode.PAGE_UP);
        assertThat(vm.followingProperty().get()).isFalse();
        robot.type(KeyCode.END);
        assertThat(vm.followingProperty().get()).isTrue();
    }

    @Test
    void displayTogglesKeepTheFilter(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            source.line("2026-12-01T10:00:00Z INFO starting");
            source.line("2026-12-01T10:00:01Z ERROR disk full");
            source.line("2026-12-01T10:00:02Z INFO ready");
            source.line("2026-12-01T10:00:03Z ERROR disk still full");
        });
        awaitParagraphs(4);
        robot.clickOn("#log-filter").write("ERROR").type(KeyCode.ENTER);
        awaitParagraphs(2);
        robot.clickOn("#log-timestamps");
        awaitParagraphs(2);
        assertThat(paragraph(0)).isEqualTo("10:00:01.000 2026-12-01T10:00:01Z ERROR disk full");
        robot.clickOn("#log-wrap");
        robot.clickOn("#log-columns");
        robot.clickOn("#log-ansi");
        assertThat(shownParagraphs()).isEqualTo(2);
        assertThat(vm.queryProperty().get()).isEqualTo("ERROR");
        robot.clickOn("#log-inverse");
        awaitParagraphs(2);
        assertThat(paragraph(0)).endsWith("INFO starting");
        robot.clickOn("#log-highlight");
        awaitParagraphs(4);
        assertThat(onFx(() -> area.getStyleOfChar(0, 1)))
                .contains("ops-log-mark");
    }

    @Test
    void anInvalidRegexIsShownAndTheLinesStay(FxRobot robot) {
        feed("line ", 0, 3);
        awaitParagraphs(3);
        robot.clickOn("#log-regex");
        robot.clickOn("#log-filter").write("line (").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.problemProperty().get()).startsWith("Not a valid regular expression");
        assertThat(shownParagraphs()).isEqualTo(3);
    }

    @Test
    void findSelectsTheNextMatchAndTheRawLineIsShownInFull(FxRobot robot) {
        String longLine = "ERROR " + "x".repeat(3_000) + " end";
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            source.line("alpha");
            source.line("beta timeout");
            source.line(longLine);
        });
        awaitParagraphs(3);
        robot.clickOn("#log-find").write("timeout").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> area.getSelectedText())).isEqualTo("timeout");
        assertThat(vm.followingProperty().get()).isFalse();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> area.moveTo(2, 0));
        assertThat(paragraph(2)).hasSizeLessThan(2_100).contains("[+1010 chars]");
        assertThat(robot.lookup("#log-raw").queryTextInputControl().getText()).isEqualTo(longLine);
    }

    @Test
    void everyIconResolves() {
        for (String icon : LogPaneToolbar.ICONS) {
            assertThatCode(() -> new FontIcon(icon)).as(icon).doesNotThrowAnyException();
        }
    }

    @Test
    void disposeStopsTheSource() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> pane.dispose());
        assertThat(source.closed()).isTrue();
        Platform.runLater(() -> { });
    }

    @Test
    void thePulseTimerSleepsWhileNothingArrivesAndWakesOnTheNextLine(FxRobot robot) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !pane.ticking());
        source.line("after the quiet");
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.model().shownTexts().stream()
                .anyMatch(t -> t.contains("after the quiet")));
        await().atMost(Duration.ofSeconds(5)).until(() -> !pane.ticking());
        robot.interact(() -> vm.filterQuery("quiet"));
        assertThat(pane.ticking()).as("a user action wakes it").isTrue();
    }

    @Test
    void redrawsKeepNoUndoHistory(FxRobot robot) {
        source.lines("line ", 0, 500);
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.model().shownCount() == 500);
        source.lines("more ", 0, 500);
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.model().shownCount() == 1000);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = robot.lookup("#log-area").queryAs(StyleClassedTextArea.class);
        assertThat(area.getUndoManager().isUndoAvailable()).as("an undo history grows with every redraw").isFalse();
    }
}
