package dev.clio.console.alerts;

import dev.clio.console.common.UiTicker;

import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.KpiFeed;
import dev.clio.console.common.Styles;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Alerts: every rule's alert in a table (most urgent first), the selected one in detail with Acknowledge, Silence and
 * Unsilence, and the history of state changes, acknowledgements and silences. Applies each KPI refresh while shown.
 */
public final class AlertsView implements ConsoleView {

    private final ConsoleContext context;
    /** How often Alertmanager is read while the view is shown. */
    static final java.time.Duration ALERTMANAGER_POLL = java.time.Duration.ofSeconds(5);

    private final AlertsViewModel vm;
    private final AlertmanagerViewModel alertmanager;
    private final BorderPane root = new BorderPane();
    private UiTicker ticker;
    private UiTicker alertmanagerPoll;
    private boolean showing;

    public AlertsView(ConsoleContext context) {
        this(context, AlertsViewModel.of(context), AlertmanagerViewModel.of(context));
    }

    AlertsView(ConsoleContext context, AlertsViewModel vm, AlertmanagerViewModel alertmanager) {
        this.context = context;
        this.vm = vm;
        this.alertmanager = alertmanager;
        root.setId("alerts-view");
        root.getStyleClass().add(Styles.ALERTS_VIEW);
        Label heading = new Label("Alerts");
        heading.getStyleClass().add(Styles.VIEW_TITLE);
        Label summary = new Label();
        summary.setId("alerts-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.MUTED);
        HBox header = new HBox(14, heading, summary);
        header.setAlignment(Pos.BASELINE_LEFT);
        AlertCommands commands = new AlertCommands(context, vm, root);
        AlertDetail detail = new AlertDetail(vm, commands.acknowledgeButton(), commands.silenceButton(),
                commands.unsilenceButton(), commands.runbookButton(), commands.declareButton());
        Label historyTitle = new Label("History");
        historyTitle.getStyleClass().add(Styles.ALERT_FIELD);
        VBox history = new VBox(4, historyTitle, history(vm));
        VBox.setVgrow(history.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        // the table gets the full width (it has the most columns); detail and history share the lower half
        SplitPane lower = new SplitPane(detail.node(), history);
        lower.setDividerPositions(0.45);
        // Alertmanager's alerts sit between the console's own and the detail; hidden when the connection has none
        VBox sources = new VBox(new AlertTable(vm).node(), new AlertmanagerPane(context, alertmanager).node());
        VBox.setVgrow(sources.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(sources.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(sources, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        root.setTop(header);
        BorderPane.setMargin(header, new javafx.geometry.Insets(0, 0, 10, 0));
        root.setCenter(split);
        context.sessions().currentProperty().addListener((obs, old, now) -> {
            if (showing) {
                alertmanager.refresh();
            }
        });
        context.kpis().latestProperty().addListener((obs, old, now) -> {
            if (showing) {
                apply(now);
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        showing = true;
        apply(context.kpis().latestProperty().get());
        if (ticker == null) {
            ticker = UiTicker.every(java.time.Duration.ofSeconds(1), context.scheduler(), context.ui(), vm::tick);
        }
        alertmanager.refresh();
        if (alertmanagerPoll == null) {
            alertmanagerPoll = UiTicker.every(ALERTMANAGER_POLL, context.scheduler(), context.ui(),
                    alertmanager::refresh);
        }
    }

    @Override
    public void hidden() {
        showing = false;
        if (ticker != null) {
            ticker.close();
            ticker = null;
        }
        if (alertmanagerPoll != null) {
            alertmanagerPoll.close();
            alertmanagerPoll = null;
        }
    }

    AlertsViewModel viewModel() {
        return vm;
    }

    AlertmanagerViewModel alertmanager() {
        return alertmanager;
    }

    private void apply(KpiFeed.Update update) {
        if (update != null) {
            vm.apply(update.snapshot());
        }
    }

    private static ListView<HistoryRow> history(AlertsViewModel vm) {
        ListView<HistoryRow> list = new ListView<>(vm.history());
        list.setId("alerts-history");
        list.getStyleClass().add(Styles.ALERT_HISTORY);
        list.setFixedCellSize(24);
        list.setPlaceholder(new Label("No state changes yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });
        return list;
    }
}
