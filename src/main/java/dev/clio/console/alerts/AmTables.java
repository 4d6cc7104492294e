package dev.clio.console.alerts;

import dev.clio.console.common.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The two tables of the Alertmanager pane: its alerts, and its active and pending silences. */
final class AmTables {


    private AmTables() {
    }

    static TableView<AmRows.AlertLine> alerts(AlertmanagerViewModel vm) {
        TableView<AmRows.AlertLine> table = table("alertmanager-alerts", "No alerts in Alertmanager.");
        table.getColumns().setAll(List.of(
                column("Severity", AmRows.AlertLine::severity, AmTables::severityStyle, 70),
                column("Alert", AmRows.AlertLine::name, r -> null, 150),
                column("State", AmRows.AlertLine::state, r -> r.state().equals("active") ? severityStyle(r)
                        : Styles.MUTED, 70),
                column("Labels", AmRows.AlertLine::labels, r -> Styles.MUTED, 150),
                column("Summary", AmRows.AlertLine::summary, r -> null, 180),
                column("Since", AmRows.AlertLine::since, r -> Styles.MUTED, 70),
                column("Silence", AmRows.AlertLine::silence, r -> Styles.MUTED, 150)));
        table.setItems(vm.alerts());
        keepSelection(table, AmRows.AlertLine::fingerprint);
        return table;
    }

    static TableView<AmRows.SilenceLine> silences(AlertmanagerViewModel vm) {
        TableView<AmRows.SilenceLine> table = table("alertmanager-silences", "No active silences.");
        table.getColumns().setAll(List.of(
                column("Matchers", AmRows.SilenceLine::matchers, r -> null, 160),
                column("Ends", AmRows.SilenceLine::ends, r -> Styles.MUTED, 85),
                column("By", AmRows.SilenceLine::createdBy, r -> null, 60),
                column("Comment", AmRows.SilenceLine::comment, r -> Styles.MUTED, 110)));
        table.setItems(vm.silences());
        keepSelection(table, AmRows.SilenceLine::id);
        return table;
    }

    /** Each refresh replaces the rows; the selection follows the same alert or silence, not the same index. */
    private static <T> void keepSelection(TableView<T> table, Function<T, String> key) {
        String[] chosen = {null};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosen[0] = key.apply(now);
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> {
            if (chosen[0] != null) {
                table.getItems().stream().filter(r -> key.apply(r).equals(chosen[0])).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
    }

    private static <T> TableView<T> table(String id, String placeholder) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add(Styles.ALERT_TABLE);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static String severityStyle(AmRows.AlertLine r) {
        return switch (r.severity()) {
            case "critical" -> Styles.CRIT;
            case "warning", "error" -> Styles.WARN;
            default -> Styles.MUTED;
        };
    }

    private static <T> TableColumn<T, T> column(String title, Function<T, String> text, Function<T, String> style,
            double width) {
        return TextColumns.column(TextColumns.id("alertmanager-col-", title), title, text, style, width);
    }
}
