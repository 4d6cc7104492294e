package dev.clio.console.overview;

import dev.clio.console.common.UiTicker;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import dev.clio.console.common.Styles;
import dev.clio.console.common.logpane.LogPane;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Overview's bottom strip: one line with the count of the last hour's errors, and, expanded, the shared log pane
 * over the ERROR lines. Collapsed it takes one line, so the tiles keep the screen. Call {@link #dispose()} at the end.
 */
final class RecentErrorsStrip {

    static final String[] ICONS = {"mdi2c-chevron-up", "mdi2c-chevron-down", "mdi2a-alert-circle-outline",
        "mdi2t-text-box-search-outline"};
    static final double PANE_HEIGHT = 240;
    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("errors");

    private final RecentErrorsViewModel vm;
    private final LogPane pane;
    private final VBox root = new VBox();
    private final UiTicker ageing;

    RecentErrorsStrip(RecentErrorsViewModel vm, ScheduledExecutorService scheduler, Executor ui) {
        this.vm = vm;
        this.pane = new LogPane(vm.pane());
        Button toggle = new Button();
        toggle.setId("recent-errors-toggle");
        toggle.getStyleClass().add(Styles.RECENT_ERRORS_TOGGLE);
        toggle.graphicProperty().bind(vm.expandedProperty().map(open -> new FontIcon(open ? ICONS[1] : ICONS[0])));
        toggle.setOnAction(e -> vm.toggle());
        Label title = new Label("Recent errors", new FontIcon(ICONS[2]));
        title.getStyleClass().add(Styles.RECENT_ERRORS_TITLE);
        Label count = new Label();
        count.setId("recent-errors-count");
        count.textProperty().bind(vm.summaryProperty());
        count.getStyleClass().add(Styles.MUTED);
        vm.lastHourProperty().addListener((obs, old, now) -> count.pseudoClassStateChanged(ERRORS,
                now.intValue() > 0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open in Logs", new FontIcon(ICONS[3]));
        open.setId("recent-errors-open-logs");
        open.setOnAction(e -> vm.openLogs());
        HBox header = new HBox(8, toggle, title, count, spacer, open);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.RECENT_ERRORS_HEADER);
        header.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.toggle();
            }
        });
        Node lines = pane.node();
        lines.setId("recent-errors-pane");
        lines.visibleProperty().bind(vm.expandedProperty());
        lines.managedProperty().bind(vm.expandedProperty());
        ((Region) lines).setPrefHeight(PANE_HEIGHT);
        ((Region) lines).setMinHeight(PANE_HEIGHT);
        root.getChildren().addAll(header, lines);
        root.setId("recent-errors");
        root.getStyleClass().add(Styles.RECENT_ERRORS);
        // a count per status change (new lines), and once a minute so errors age out of the hour
        vm.pane().statusProperty().addListener((obs, old, now) -> vm.recount());
        ageing = UiTicker.every(java.time.Duration.ofMinutes(1), scheduler, ui, vm::recount);
    }

    Node node() {
        return root;
    }

    LogPane pane() {
        return pane;
    }

    void dispose() {
        ageing.close();
        pane.dispose();
    }
}
