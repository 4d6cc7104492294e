package dev.clio.console.capacity;

import dev.clio.console.common.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The runbook's "Growth Monitoring" as three charts side by side: daily active users, executions per day (succeeded
 * and failed stacked) and tokens per day. The x axis is the day's index in the series, labelled with its date, so
 * every chart has one point per day, empty days included. Colours come from the theme (-ops-chart-*), no animation.
 */
final class GrowthChartsPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

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
        usersChart = new LineChart<>(dayAxis(), valueAxis("users", false));
        executionsChart = new StackedAreaChart<>(dayAxis(), valueAxis("executions", false));
        tokensChart = new AreaChart<>(dayAxis(), valueAxis("tokens", true));
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
        int last = Math.max(1, days.size() - 1);
        for (XYChart<Number, Number> chart : List.of(usersChart, executionsChart, tokensChart)) {
            NumberAxis x = (NumberAxis) chart.getXAxis();
            x.setUpperBound(last);
            x.setTickUnit(Math.max(1, last / 4));
        }
        succeeded.setName("Succeeded (" + charts.total(charts.succeeded()) + ")");
        failed.setName("Failed (" + charts.total(charts.failed()) + ")");
        tokensChart.setTitle("Token usage per day (" + compact(charts.total(charts.tokens())) + " in all)");
        fitValues(usersChart, charts.activeUsers());
        fitValues(executionsChart, sums(charts.succeeded(), charts.failed()));
        fitValues(tokensChart, charts.tokens());
    }

    /**
     * Whole-number ticks from 0 to a round bound above the largest value. Auto-ranging would put ticks at 0.2 users,
     * and an all-zero series would get the single tick "0", which looks broken rather than "nothing happened".
     */
    private static void fitValues(XYChart<Number, Number> chart, List<Long> values) {
        NumberAxis y = (NumberAxis) chart.getYAxis();
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        long step = step(Math.max(max, 4));
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setTickUnit(step);
        y.setUpperBound(Math.max(4, (max / step + 1) * step));
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that divides {@code max} into at most 5 steps. */
    static long step(long max) {
        for (long magnitude = 1; ; magnitude *= 10) {
            for (long f : new long[] {1, 2, 5}) {
                if (max / (f * magnitude) < 5 || f * magnitude > Long.MAX_VALUE / 100) {
                    return f * magnitude;
                }
            }
        }
    }

    private static List<Long> sums(List<Long> a, List<Long> b) {
        return java.util.stream.IntStream.range(0, Math.min(a.size(), b.size())).mapToObj(i -> a.get(i) + b.get(i))
                .toList();
    }

    private static List<XYChart.Data<Number, Number>> points(List<Long> values) {
        return java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> new XYChart.Data<Number, Number>(i, values.get(i))).toList();
    }

    private NumberAxis dayAxis() {
        NumberAxis x = new NumberAxis(0, GrowthCharts.DAYS - 1, 7);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setAnimated(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = (int) Math.round(n.doubleValue());
                int last = days.size() - 1;
                // the axis always adds a tick at its upper bound (today); the weekly tick just before it would
                // collide with today's label
                boolean crowded = i != last && last - i < 4;
                return i >= 0 && i <= last && !crowded && Math.abs(n.doubleValue() - i) < 0.01
                        ? DAY.format(days.get(i)) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return x;
    }

    private static NumberAxis valueAxis(String label, boolean compact) {
        NumberAxis y = new NumberAxis(0, 4, 1);
        y.setAutoRanging(false);
        y.setLabel(label);
        y.setMinorTickVisible(false);
        y.setAnimated(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                long v = Math.round(n.doubleValue());
                return compact ? compact(v) : Long.toString(v);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return y;
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

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    /** {@code 950}, {@code 12.4k}, {@code 3.1M}. */
    static String compact(long v) {
        if (Math.abs(v) < 1_000) {
            return Long.toString(v);
        }
        if (Math.abs(v) < 1_000_000) {
            return trim(v / 1_000.0) + "k";
        }
        return trim(v / 1_000_000.0) + "M";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
