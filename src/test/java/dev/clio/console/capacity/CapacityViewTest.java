package dev.clio.console.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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

/** The view over a real embedded workspace (SQLite, so the database row has no data), shown as a user sees it. */
@ExtendWith(ApplicationExtension.class)
class CapacityViewTest {

    @TempDir
    static Path dir;

    private TestConsole console;
    private CapacityView view;

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        view = new CapacityView(console.context());
        Scene scene = new Scene((Parent) view.node(), 1240, 800);
        scene.getStylesheets().setAll(css(Theme.DARK.stylesheet()), css(Styles.BASE_STYLESHEET));
        console.context().actions().bindShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        console.connect("development");
        view.shown();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.viewModel().close();
            console.close();
        });
    }

    @Test
    void everyChartHasOnePointPerDayOfTheLast30() throws Exception {
        awaitRows(5);
        for (String id : List.of("#capacity-users-chart", "#capacity-executions-chart", "#capacity-tokens-chart")) {
            XYChart<Number, Number> chart = chart(id);
            assertThat(chart.getAnimated()).as(id + " does not animate").isFalse();
            assertThat(chart.getData()).as(id).isNotEmpty()
                    .allSatisfy(series -> assertThat(series.getData()).as(id + " " + series.getName()).hasSize(30));
        }
        assertThat(chart("#capacity-executions-chart").getData().stream().map(XYChart.Series::getName))
                .containsExactly("Succeeded (0)", "Failed (0)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableHasTheRunbooksFiveRowsWithActionsAndANoDataRowSaysSo() throws Exception {
        TableView<CapacityRow> table = awaitRows(5);
        assertThat(table.getItems()).extracting(CapacityRow::resource)
                .containsExactly("CPU", "Memory", "Storage", "Database", "API Requests");
        assertThat(table.getItems()).extracting(CapacityRow::action)
                .containsExactly("Add 2 cores", "Add 4GB", "Add 100GB", "Scale up DB", "Add instance");
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Resource", "Capacity", "Current", "Trigger", "Held", "State", "Action");
        // what is drawn, not just the model: the database row's cells on SQLite
        WaitForAsyncUtils.waitForFxEvents();
        List<String> stale = new FxRobot().lookup(".ops-capacity-table .table-cell." + Styles.STALE)
                .queryAllAs(TableCell.class).stream().map(c -> ((TableCell<?, ?>) c).getText()).toList();
        assertThat(stale).contains("no data");
        CapacityRow database = table.getItems().get(3);
        assertThat(database.current()).isEqualTo("no data");
        assertThat(new FxRobot().lookup(".ops-capacity-table .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> ((TableCell<?, ?>) c).getText())).contains("Scale up DB", ">800 conn", "1000 conn");
    }

    @Test
    void refreshIsAPaletteActionWithAShortcutAndTheAgeIsShown(FxRobot robot) throws Exception {
        awaitRows(5);
        ConsoleAction action = console.context().actions().find("capacity.refresh").orElseThrow();
        assertThat(action.searchText()).isEqualTo("Capacity: Refresh");
        assertThat(action.shortcut()).isEqualTo(CapacityView.REFRESH_KEYS);
        assertThat(robot.lookup("#capacity-refresh").query().getScene().getAccelerators()).isNotEmpty();
        robot.interact(() -> action.run().run());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#capacity-updated")
                .queryAs(Label.class).getText().startsWith("updated"));
        assertThat(robot.lookup("#capacity-problem").query().isVisible()).isFalse();
    }

    @Test
    void aServerThatStopsAnsweringLeavesTheLastDataAndSaysWhyInAmber(FxRobot robot) throws Exception {
        try (ServedEngine served = new ServedEngine(console.workspace())) {
            robot.interact(() -> console.context().sessions().switchTo(new Session("remote", "staging",
                    "server " + served.url(), served.client(), null)));
            awaitRows(5);
            served.stopServer();
            robot.interact(() -> view.viewModel().refresh());
            Label problem = lookup("#capacity-problem", Label.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, problem::isVisible);
            assertThat(problem.getText()).startsWith("The engine is not answering");
            assertThat(lookup("#capacity-updated", Label.class).getStyleClass()).contains(Styles.WARN);
            assertThat(chart("#capacity-users-chart").getData().get(0).getData()).hasSize(30);
            assertThat(lookup("#capacity-table", TableView.class).getItems()).hasSize(5);
        }
    }

    @Test
    void theIconLiteralsResolve() {
        for (String literal : List.of(CapacityView.REFRESH_ICON, CapacityView.PROBLEM_ICON, "mdi2c-chart-line")) {
            assertThat(new FontIcon(literal).getIconCode().getDescription()).isEqualTo(literal);
        }
        assertThatThrownBy(() -> new FontIcon("mdi2r-refresh-no-such-icon")).isInstanceOf(RuntimeException.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<CapacityRow> awaitRows(int count) throws Exception {
        TableView<CapacityRow> table = lookup("#capacity-table", TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == count
                && !chart("#capacity-users-chart").getData().get(0).getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static <T extends Node> T lookup(String query, Class<T> type) {
        return new FxRobot().lookup(query).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    private static XYChart<Number, Number> chart(String id) {
        return lookup(id, XYChart.class);
    }

    private static String css(String resource) {
        return CapacityViewTest.class.getResource(resource).toExternalForm();
    }
}
