package dev.clio.console.overview;

import dev.clio.console.common.Styles;
import dev.clio.console.common.ThemeColors;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The history of one KPI, drawn over the tiles: the kept 15 minutes as a chart with its thresholds, the ladder, the
 * alert rules that watch it, its level changes and alert events, and the runbook procedure to follow. Escape or the
 * close button closes it.
 */
final class KpiHistoryPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final StackPane overlay = new StackPane();
    private final Label title = new Label();
    private final Label level = new Label();
    private final Label value = new Label();
    private final Label reason = new Label();
    private final Sparkline chart = new Sparkline();
    private final Label ladder = new Label();
    private final Label rules = new Label();
    private final Label runbook = new Label();
    private final Label span = new Label();
    private final ListView<String> events = new ListView<>();
    private String levelClass;

    KpiHistoryPane(OverviewViewModel vm) {
        overlay.setId("kpi-history");
        overlay.getStyleClass().add(Styles.KPI_HISTORY);
        overlay.setVisible(false);
        title.getStyleClass().add(Styles.VIEW_TITLE);
        title.setId("kpi-history-title");
        level.getStyleClass().add(Styles.KPI_LEVEL);
        value.getStyleClass().add(Styles.KPI_VALUE);
        reason.setId("kpi-history-reason");
        reason.setWrapText(true);
        ladder.setId("kpi-history-ladder");
        ladder.setWrapText(true);
        rules.setWrapText(true);
        rules.getStyleClass().add(Styles.MUTED);
        runbook.setId("kpi-history-runbook");
        runbook.setWrapText(true);
        chart.setMinHeight(180);
        chart.setPrefHeight(200);
        events.setId("kpi-history-events");
        events.setPrefHeight(160);
        events.setFocusTraversable(false);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("kpi-history-close");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> vm.closeHistory());
        Button open = new Button("Open runbooks", new FontIcon("mdi2b-book-open-page-variant-outline"));
        open.setId("kpi-history-runbooks");
        open.setTooltip(new Tooltip("Shows the runbook for this KPI in the Runbooks view, with its value"));
        open.setOnAction(e -> vm.openRunbooks());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox head = new HBox(10, title, level, spring, close);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox book = new HBox(10, runbook, open);
        book.setAlignment(Pos.CENTER_LEFT);
        span.getStyleClass().add(Styles.MUTED);
        VBox card = new VBox(8, head, value, reason, chart, span, ladder, rules, section("Events"), events, book);
        card.getStyleClass().add("ops-kpi-history-card");
        card.setMaxSize(820, Region.USE_PREF_SIZE);
        overlay.getChildren().add(card);
        overlay.setOnMouseClicked(e -> {
            if (e.getTarget() == overlay) {
                vm.closeHistory();
            }
        });
        overlay.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.closeHistory();
                e.consume();
            }
        });
        vm.historyProperty().addListener((obs, old, now) -> show(now));
    }

    StackPane node() {
        return overlay;
    }

    void colors(ThemeColors c) {
        chart.colors(c.accent(), c.fg(), c.warn(), c.crit());
    }

    private void show(KpiHistory h) {
        boolean opening = h != null && !overlay.isVisible();
        overlay.setVisible(h != null);
        if (h == null) {
            return;
        }
        KpiTile t = h.tile();
        title.setText(t.title());
        level.setText(t.levelText());
        level.setGraphic(new FontIcon(LevelLook.icon(t.level())));
        String next = Styles.KPI_LEVEL_PREFIX + t.levelKey();
        if (!next.equals(levelClass)) {
            overlay.getStyleClass().remove(levelClass);
            overlay.getStyleClass().add(next);
            levelClass = next;
        }
        value.setText(t.valueWithUnit() + (t.trendOrEmpty().isEmpty() ? "" : " · " + t.trendOrEmpty()) + " · "
                + t.status());
        reason.setText(t.reason());
        List<LadderStep> limits = t.ladder().stream().filter(s -> !s.name().equals("target")).toList();
        chart.show(t.spark(), OverviewViewModel.WINDOW, trend(t) ? List.of() : limits);
        span.setText((t.spark().isEmpty() ? "Nothing kept yet" : "Since " + TIME.format(t.spark().getFirst().at()
                .atZone(ZoneId.systemDefault()))) + " (the console keeps 15 minutes); dashed lines: warning and "
                + "critical thresholds; gaps: no data or stale");
        ladder.setText("Thresholds: " + t.ladder().stream().map(s -> (s.current() ? "▸ " : "") + s.name() + " "
                + s.text()).collect(Collectors.joining(" · ")));
        rules.setText(h.rules().isEmpty() ? "No alert rule watches this KPI."
                : "Alert rules: " + String.join("; ", h.rules()));
        runbook.setText("Runbook procedure: " + (t.runbook() == null ? "none linked" : t.runbook()));
        List<String> lines = h.events().stream()
                .map(e -> TIME.format(e.at().atZone(ZoneId.systemDefault())) + "  " + e.text()).toList();
        if (lines.isEmpty()) {
            lines = List.of("No level change seen since the console opened.");
        }
        // replaced only when it changed: a list reset every second would jump back to the top while being read
        if (!lines.equals(events.getItems())) {
            events.getItems().setAll(lines);
        }
        if (opening) {
            overlay.requestFocus();
        }
    }

    /** A trend KPI's thresholds count days, not its unit, so they are not drawn on its value chart. */
    private static boolean trend(KpiTile t) {
        return !t.trendOrEmpty().isEmpty();
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.KPI_SECTION);
        return l;
    }
}
