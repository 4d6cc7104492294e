package dev.clio.console.overview;

import static dev.clio.console.overview.FeedDriver.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import dev.clio.kpi.Level;
import eu.hansolo.tilesfx.Tile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
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
class OverviewViewTest {

    @TempDir
    static Path dir;

    private final FeedDriver driver = new FeedDriver();
    private final List<String> navigated = new ArrayList<>();
    private TestConsole console;
    private OverviewViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        vm = new OverviewViewModel(driver.feed, driver.clock, navigated::add);
        OverviewView view = new OverviewView(console.context(), vm);
        scene = new Scene((javafx.scene.Parent) view.node(), 1200, 760);
        theme(Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    private void theme(Theme theme) {
        scene.getStylesheets().setAll(css(theme.stylesheet()), css(Styles.BASE_STYLESHEET));
    }

    private static String css(String resource) {
        return OverviewViewTest.class.getResource(resource).toExternalForm();
    }

    private Tile tile(FxRobot robot, String id) {
        return robot.lookup("#kpi-" + id).queryAs(Tile.class);
    }

    private static String levelText(FxRobot robot, Tile tile) {
        return robot.from(tile).lookup("." + Styles.KPI_LEVEL).queryAs(Label.class).getText();
    }

    private void showStates(FxRobot robot) {
        robot.interact(() -> {
            driver.poll(with("api_response_time_p95", 620.0, "memory_usage", 97.0, "failed_auth_rate", null));
            driver.clock.advance(Duration.ofSeconds(5));
            driver.poll(with("api_response_time_p95", 620.0, "memory_usage", 97.0, "failed_auth_rate", null));
        });
    }

    @Test
    void everyLevelRendersDistinctlyInTextIconAndColour(FxRobot robot) {
        showStates(robot);
        Tile ok = tile(robot, "api_error_rate");
        Tile warn = tile(robot, "api_response_time_p95");
        Tile crit = tile(robot, "memory_usage");
        Tile none = tile(robot, "failed_auth_rate");
        assertThat(ok.getStyleClass()).contains("ops-kpi-ok");
        assertThat(warn.getStyleClass()).contains("ops-kpi-warning").doesNotContain("ops-kpi-ok");
        assertThat(crit.getStyleClass()).contains("ops-kpi-critical");
        assertThat(none.getStyleClass()).contains("ops-kpi-no-data");
        assertThat(levelText(robot, ok)).isEqualTo("OK");
        assertThat(levelText(robot, warn)).isEqualTo("WARNING");
        assertThat(levelText(robot, crit)).isEqualTo("CRITICAL");
        assertThat(levelText(robot, none)).isEqualTo("NO DATA");
        assertThat(robot.from(none).lookup("." + Styles.KPI_VALUE).queryAs(Label.class).getText())
                .isEqualTo("no data");
        assertThat(List.of(ok.getBorderColor(), warn.getBorderColor(), crit.getBorderColor(), none.getBorderColor()))
                .doesNotHaveDuplicates();
        assertThat(warn.getTitle()).isEqualTo("API Response Time (p95)");
        assertThat(warn.getText()).isEqualTo("warning for 5 s");
        assertThat(warn.getTooltip().getText()).isEqualTo("p95 620 ms > warning 500 ms for 5 s");
        assertThat(robot.from(warn).lookup("." + Styles.KPI_RUNG_CURRENT).queryAs(Label.class).getText())
                .isEqualTo("▸ warn >500ms");

        robot.interact(() -> {
            driver.clock.advance(Duration.ofSeconds(47));
            driver.silent();
        });
        Tile stale = tile(robot, "api_response_time_p95");
        assertThat(stale.getStyleClass()).contains("ops-kpi-stale").doesNotContain("ops-kpi-warning");
        assertThat(levelText(robot, stale)).isEqualTo("STALE");
        assertThat(stale.getText()).isEqualTo("updated 47 s ago");
        assertThat(robot.from(stale).lookup("." + Styles.KPI_VALUE).queryAs(Label.class).getText()).isEqualTo("620");
        assertThat(stale.getBorderColor()).as("greyed").isEqualTo(Color.web("#8c959f"));
        assertThat(stale.getTitleColor()).isEqualTo(Color.web("#8c959f"));
    }

    @Test
    void clickingATileOpensItsHistoryWhichLinksToTheRunbooks(FxRobot robot) {
        showStates(robot);
        assertThat(robot.lookup("#kpi-history").query().isVisible()).isFalse();
        robot.clickOn("#kpi-api_response_time_p95");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kpi-history").query().isVisible()).isTrue();
        assertThat(robot.lookup("#kpi-history-title").queryAs(Label.class).getText())
                .isEqualTo("API Response Time (p95)");
        assertThat(robot.lookup("#kpi-history-runbook").queryAs(Label.class).getText())
                .isEqualTo("Runbook procedure: High Response Time Alert");
        assertThat(robot.lookup("#kpi-history-ladder").queryAs(Label.class).getText())
                .isEqualTo("Thresholds: target <200ms · ▸ warning >500ms · critical >1000ms");
        robot.clickOn("#kpi-history-runbooks");
        assertThat(navigated).containsExactly("runbooks");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kpi-history").query().isVisible()).isFalse();
    }

    @Test
    void thePaletteOpensEachKpisHistory(FxRobot robot) {
        showStates(robot);
        ConsoleAction action = console.context().actions().find("overview.kpi.memory_usage").orElseThrow();
        assertThat(action.searchText()).isEqualTo("KPI: Memory Usage");
        assertThat(console.context().actions().all()).filteredOn(a -> a.category().equals("KPI")).hasSize(15);
        robot.interact(() -> action.run().run());
        assertThat(vm.historyProperty().get().tile().id()).isEqualTo("memory_usage");
        assertThat(robot.lookup("#kpi-history-title").queryAs(Label.class).getText()).isEqualTo("Memory Usage");
    }

    @Test
    void aViewBuiltAheadRegistersItsActionsButPaintsNothingUntilShown(FxRobot robot) {
        FeedDriver other = new FeedDriver();
        TestConsole ahead = TestConsole.embedded(dir.resolve("a" + System.nanoTime()));
        try {
            OverviewView[] view = new OverviewView[1];
            robot.interact(() -> {
                view[0] = new OverviewView(ahead.context(), new OverviewViewModel(other.feed, other.clock, id -> { }));
                other.poll(with("memory_usage", 97.0));
            });
            assertThat(ahead.context().actions().find("overview.kpi.memory_usage")).isPresent();
            assertThat(robot.from(view[0].node()).lookup("." + Styles.KPI_TILE).queryAll()).isEmpty();
            robot.interact(() -> scene.setRoot((javafx.scene.Parent) view[0].node()));
            assertThat(tile(robot, "memory_usage").getStyleClass()).contains("ops-kpi-critical");
        } finally {
            WaitForAsyncUtils.waitForAsyncFx(10_000, ahead::close);
        }
    }

    @Test
    void aThemeSwitchRecoloursTheTilesAndKeepsThemReadable(FxRobot robot) {
        List<String> cssWarnings = new ArrayList<>();
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                cssWarnings.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        css.addHandler(handler);
        showStates(robot);
        robot.interact(() -> vm.openHistory("memory_usage"));
        Tile tile = tile(robot, "api_error_rate");
        Color lightSurface = tile.getBackgroundColor();
        assertThat(contrast(tile.getTitleColor(), lightSurface)).isGreaterThan(7);
        robot.interact(() -> theme(Theme.DARK));
        Color darkSurface = tile.getBackgroundColor();
        assertThat(darkSurface.getBrightness()).isLessThan(0.3);
        assertThat(lightSurface.getBrightness()).isGreaterThan(0.9);
        assertThat(contrast(tile.getTitleColor(), darkSurface)).isGreaterThan(7);
        assertThat(contrast(tile.getTextColor(), darkSurface)).isGreaterThan(4.5);
        Tile crit = tile(robot, "memory_usage");
        assertThat(crit.getBorderColor()).isEqualTo(Color.web("#f85149"));
        robot.interact(() -> theme(Theme.LIGHT));
        assertThat(crit.getBorderColor()).isEqualTo(Color.web("#cf222e"));
        assertThat(tile.getBackgroundColor()).isEqualTo(lightSurface);
        css.removeHandler(handler);
        assertThat(cssWarnings).as("every looked-up colour resolves").isEmpty();
    }

    @Test
    void everyIconLiteralResolves() {
        List<String> icons = new ArrayList<>();
        for (Level level : Level.values()) {
            icons.add(LevelLook.icon(level));
        }
        for (TileMark.Kind kind : TileMark.Kind.values()) {
            icons.add(kind.icon());
        }
        icons.addAll(List.of("mdi2c-close", "mdi2b-book-open-page-variant-outline"));
        for (String icon : icons) {
            assertThatCode(() -> new FontIcon(icon)).as(icon).doesNotThrowAnyException();
        }
        assertThatCode(() -> new FontIcon("mdi2x-not-an-icon")).isInstanceOf(Exception.class).as("the check bites");
    }

    @Test
    void theRealFeedFillsEveryTile(FxRobot robot) throws Exception {
        OverviewView[] real = new OverviewView[1];
        robot.interact(() -> {
            real[0] = new OverviewView(console.context());
            scene.setRoot((javafx.scene.Parent) real[0].node());
            console.connect("development");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> real[0].viewModel().tiles().size() == 15
                && real[0].viewModel().tiles().stream().noneMatch(t -> t.status().equals(TileFormat.WAITING)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("." + Styles.KPI_TILE).queryAll()).hasSize(15);
        assertThat(List.of("system", "business", "security")).extracting(
                t -> robot.lookup("#kpi-header-" + t).queryAs(Label.class).getText())
                .containsExactly("System Health", "Business", "Security");
        assertThat(tile(robot, "service_uptime").getText()).isNotBlank();
    }

    /** WCAG contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
