package dev.clio.console.runbooks;

import dev.clio.console.common.Styles;
import dev.clio.ops.Runbooks.RunRecord;
import dev.clio.runbook.VerificationRecords;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Past runs from the shared history (newest first): who, when, which step, parameters as recorded (secrets
 * redacted), verdict and duration; "Re-run" repeats the selected one with the same parameters, asking again for
 * the secret ones.
 */
final class HistoryPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final VBox root = new VBox(6);
    private final TableView<RunRecord> table = new TableView<>();

    HistoryPane(RunbooksViewModel vm, ZoneId zone, Consumer<RunRecord> rerun) {
        root.setId("runbook-history");
        table.setId("runbook-history-table");
        table.setItems(vm.history());
        table.setPlaceholder(new Label("No runs yet."));
        table.getColumns().setAll(java.util.List.of(
                column("Time", 140, r -> r.at() == null ? "" : TIME.format(r.at().atZone(zone))),
                column("Operator", 150, r -> r.operator() + (r.role() == null ? "" : " (" + r.role() + ")")),
                column("Runbook", 130, RunRecord::runbookId), column("Step", 90, RunRecord::stepId),
                column("Status", 65, RunRecord::status), column("Verdict", 65, RunRecord::verdict),
                column("Parameters", 180, r -> r.params().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "))),
                column("Duration", 75, r -> r.durationMs() + " ms"),
                column("Summary", 420, RunRecord::summary),
                column("Where", 260, r -> (r.target() == null ? "" : r.target())
                        + (r.environment() == null ? "" : " [" + r.environment() + "]"))));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label title = new Label("Run history");
        title.getStyleClass().add(Styles.RUNBOOK_SECTION);
        Button again = new Button("Re-run", new FontIcon("mdi2r-restart"));
        again.setId("runbook-history-rerun");
        again.setTooltip(new Tooltip("Runs the selected step again with the same parameters; secret ones are asked "
                + "again, remediations are confirmed again"));
        again.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        again.setOnAction(e -> {
            RunRecord r = table.getSelectionModel().getSelectedItem();
            if (r != null && !VerificationRecords.STEP.equals(r.stepId())) {
                rerun.accept(r);
            }
        });
        Button refresh = new Button("Refresh", new FontIcon("mdi2r-refresh"));
        refresh.setId("runbook-history-refresh");
        refresh.setOnAction(e -> vm.refreshHistory());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, refresh, again);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(header, table);
    }

    Node node() {
        return root;
    }

    TableView<RunRecord> table() {
        return table;
    }

    private static TableColumn<RunRecord, String> column(String name, double width,
            Function<RunRecord, String> value) {
        TableColumn<RunRecord, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue()) == null ? ""
                : value.apply(d.getValue())));
        return c;
    }
}
