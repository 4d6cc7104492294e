package dev.clio.console.containers;

import dev.clio.console.common.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected container: configuration summary, this session's CPU and memory charts, and the events seen. */
final class ContainerDetailPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("UTC"));

    private final GridPane summary = new GridPane();
    private final LineChart<Number, Number> cpu = chart("containers-cpu-chart", "CPU % (100 = one CPU)");
    private final LineChart<Number, Number> memory = chart("containers-memory-chart", "Memory used (MiB)");
    private final ListView<String> events = new ListView<>();
    private final Label title = new Label("Select a container to see its configuration, history, events and log");
    private final VBox root;

    ContainerDetailPane(Node logTail) {
        summary.setId("containers-summary");
        summary.setHgap(12);
        summary.setVgap(4);
        events.setId("containers-events");
        events.setFixedCellSize(22);
        events.setPrefHeight(120);
        events.setPlaceholder(new Label("No state changes seen in this session"));
        title.getStyleClass().add(Styles.CONTAINER_SECTION);
        title.setWrapText(true);
        HBox charts = new HBox(8, cpu, memory);
        HBox.setHgrow(cpu, Priority.ALWAYS);
        HBox.setHgrow(memory, Priority.ALWAYS);
        VBox left = new VBox(8, title, summary, section("Recent events"), events);
        left.setPrefWidth(420);
        left.setMinWidth(320);
        VBox right = new VBox(8, charts, section("Log tail"), logTail);
        VBox.setVgrow(logTail, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(16, left, right);
        root = new VBox(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setId("containers-detail");
        root.getStyleClass().add(Styles.CONTAINER_DETAIL);
        root.setPadding(new Insets(8));
        apply(null);
    }

    Node node() {
        return root;
    }

    void apply(ContainerDetails d) {
        summary.getChildren().clear();
        cpu.getData().clear();
        memory.getData().clear();
        if (d == null) {
            title.setText("Select a container to see its configuration, history, events and log");
            events.getItems().clear();
            return;
        }
        ContainerRow r = d.row();
        title.setText(r.name());
        int row = 0;
        row = field(row, "ID", shortId(r.container().id()));
        row = field(row, "Image", r.container().image());
        row = field(row, "State", r.state() + (r.health().isEmpty() ? "" : ", " + r.health()));
        row = field(row, "Status", r.container().status());
        row = field(row, "Created", time(r.container().createdAt()));
        row = field(row, "Started", time(r.container().startedAt()));
        row = field(row, "Restarts", String.valueOf(r.container().restartCount()));
        field(row, "Project", r.project());
        plot(d.history());
        events.getItems().setAll(d.events().stream().map(e -> TIME.format(e.at()) + "  " + e.text()).toList());
    }

    private void plot(List<MetricHistory.Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        Instant last = samples.get(samples.size() - 1).at();
        XYChart.Series<Number, Number> cpuSeries = new XYChart.Series<>();
        XYChart.Series<Number, Number> memSeries = new XYChart.Series<>();
        for (MetricHistory.Sample s : samples) {
            double minutes = (s.at().toEpochMilli() - last.toEpochMilli()) / 60_000.0;
            if (s.cpuPercentOrNull() != null) {
                cpuSeries.getData().add(new XYChart.Data<>(minutes, s.cpuPercentOrNull()));
            }
            memSeries.getData().add(new XYChart.Data<>(minutes, s.memoryUsedBytes() / (1024.0 * 1024.0)));
        }
        cpu.getData().add(cpuSeries);
        memory.getData().add(memSeries);
    }

    private int field(int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add(Styles.MUTED);
        Label text = new Label(value == null || value.isEmpty() ? "–" : value);
        text.setWrapText(true);
        summary.addRow(row, key, text);
        return row + 1;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.CONTAINER_SECTION);
        return label;
    }

    private static LineChart<Number, Number> chart(String id, String title) {
        NumberAxis x = new NumberAxis();
        x.setLabel("minutes (0 = latest sample)");
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(170);
        chart.setMinWidth(200);
        chart.getStyleClass().add(Styles.CONTAINER_CHART);
        return chart;
    }

    private static String shortId(String id) {
        return id == null ? "" : id.length() > 12 ? id.substring(0, 12) : id;
    }

    private static String time(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
