package dev.clio.console.alerts;

import dev.clio.console.common.Styles;
import dev.clio.kpi.AlertState;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Every rule's alert, most urgent first; the selection follows the view model's, by rule id. */
final class AlertTable {

    static final double ROW_HEIGHT = 28;

    private final TableView<AlertRow> table = new TableView<>();
    private final AlertsViewModel vm;

    AlertTable(AlertsViewModel vm) {
        this.vm = vm;
        table.setId("alerts-table");
        table.getStyleClass().add(Styles.ALERT_TABLE);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("No alert rules evaluated yet: waiting for the first KPI refresh."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Severity", r -> AlertTexts.lower(r.severity()), AlertTable::severityStyle, 85),
                column("Alert", AlertRow::title, r -> null, 240),
                column("State", r -> AlertTexts.lower(r.state()), AlertTable::stateStyle, 75),
                column("Since", AlertRow::age, r -> Styles.MUTED, 90),
                column("Response", r -> r.response().isEmpty() ? "target " + r.responseTarget() : r.response(),
                        r -> r.overdue() ? Styles.CRIT : r.response().isEmpty() ? Styles.MUTED : null, 190),
                column("Acknowledged by", AlertRow::acknowledgedBy, r -> null, 160),
                // the runbook procedure is in the detail pane: the table keeps room for a timed silence
                column("Silenced", AlertRow::silencedUntil, r -> Styles.MUTED, 220)));
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now.ruleId());
            }
        });
        vm.rows().addListener((ListChangeListener<AlertRow>) c -> reselect());
        vm.selectedProperty().addListener((obs, old, now) -> reselect());
    }

    TableView<AlertRow> node() {
        return table;
    }

    private void reselect() {
        AlertRow chosen = vm.selectedProperty().get();
        if (chosen == null) {
            return;
        }
        List<AlertRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).ruleId().equals(chosen.ruleId())) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    private static TableColumn<AlertRow, AlertRow> column(String title, Function<AlertRow, String> text,
            Function<AlertRow, String> style, double width) {
        return TextColumns.column(TextColumns.id("alerts-col-", title), title, text, style, width);
    }

    static String severityStyle(AlertRow r) {
        return r.critical() ? Styles.CRIT : Styles.WARN;
    }

    static String stateStyle(AlertRow r) {
        if (r.state() == AlertState.FIRING) {
            return r.critical() ? Styles.CRIT : Styles.WARN;
        }
        return switch (r.state()) {
            case PENDING -> Styles.WARN;
            case RESOLVED -> Styles.OK;
            default -> Styles.MUTED;
        };
    }
}
