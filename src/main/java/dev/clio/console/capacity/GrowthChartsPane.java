package dev.clio.console.capacity;

import dev.clio.console.common.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The runbook's "Growth Monitoring" as three charts side by side: daily active users, executions per day (succeeded
 * and failed stacked) and tokens per day. The x axis is the day's index in the series, labelled with its date, so
 * every chart has one point per day, empty days included. Colours come from the theme (-ops-chart-*), no animation.
 */
final class GrowthChartsPane {

    private final XYChart.Series<Number, Number> users = series("Active users");
    private final XYChart.Series<Number, Number> succeeded = series("Succeeded");
    private final XYChart.Series<Number, Number> failed = series("Failed");
    private final XYChart.Series<Number, Number> tokens = series("Tokens");
    private final LineChart<Number, Number> usersChart;
    private final StackedAreaChart<Number, Number> executionsChart;
    private final AreaChart<Number, Number> tokensChart;
    private final HBox root;
    private List<LocalDate> days = List.of();

    GrowthChartsPane() {
        usersChart = new LineChart<>(GrowthAxes.days(this::days), GrowthAxes.values("users", false));
        executionsChart = new StackedAreaChart<>(GrowthAxes.days(this::days),
                GrowthAxes.values("executions", false));
        tokensChart = new AreaChart<>(GrowthAxes.days(this::days), GrowthAxes.values("tokens", true));
        usersChart.getData().add(users);
        executionsChart.getData().add(succeeded);
        executionsChart.getData().add(failed);
        tokensChart.getData().add(tokens);
        setUp(usersChart, "capacity-users-chart", "Daily active users");
        setUp(executionsChart, "capacity-executions-chart", "Workflow executions per day");
        setUp(tokensChart, "capacity-tokens-chart", "Token usage per day");
        usersChart.setCreateSymbols(false);
        executionsChart.setCreateSymbols(false);
        tokensChart.setCreateSymbols(false);
        usersChart.setLegendVisible(false);
        tokensChart.setLegendVisible(false);
        root = new HBox(12, usersChart, executionsChart, tokensChart);
        root.setId("capacity-charts");
    }

    Node node() {
        return root;
    }

    /** Replaces every series with this snapshot's days. */
    void apply(GrowthCharts charts) {
        days = charts.days();
        users.getData().setAll(points(charts.activeUsers()));
        succeeded.getData().setAll(points(charts.succeeded()));
        failed.getData().setAll(points(charts.failed()));
        tokens.getData().setAll(points(charts.tokens()));
        for (XYChart<Number, Number> chart : List.of(usersChart, executionsChart, tokensChart)) {
            GrowthAxes.fitDays((NumberAxis) chart.getXAxis(), days.size());
        }
        succeeded.setName("Succeeded (" + charts.total(charts.succeeded()) + ")");
        failed.setName("Failed (" + charts.total(charts.failed()) + ")");
        String tokenTotal = GrowthAxes.compact(charts.total(charts.tokens()));
        tokensChart.setTitle("Token usage per day (" + tokenTotal + " in all)");
        GrowthAxes.fitValues((NumberAxis) usersChart.getYAxis(), charts.activeUsers());
        GrowthAxes.fitValues((NumberAxis) executionsChart.getYAxis(), sums(charts.succeeded(), charts.failed()));
        GrowthAxes.fitValues((NumberAxis) tokensChart.getYAxis(), charts.tokens());
    }

    private static List<Long> sums(List<Long> a, List<Long> b) {
        return IntStream.range(0, Math.min(a.size(), b.size())).mapToObj(i -> a.get(i) + b.get(i)).toList();
    }

    private static List<XYChart.Data<Number, Number>> points(List<Long> values) {
        return IntStream.range(0, values.size())
                .mapToObj(i -> new XYChart.Data<Number, Number>(i, values.get(i))).toList();
    }

    private static void setUp(XYChart<Number, Number> chart, String id, String title) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setVerticalGridLinesVisible(false);
        chart.getStyleClass().add(Styles.CAPACITY_CHART);
        chart.setMinWidth(260);
        chart.setPrefHeight(300);
        chart.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(chart, Priority.ALWAYS);
    }

    private List<LocalDate> days() {
        return days;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
