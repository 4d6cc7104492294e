package dev.clio.console.capacity;

import dev.clio.console.common.Styles;
import dev.clio.kpi.capacity.CapacityState;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The runbook's capacity table evaluated now: resource, capacity, current value, trigger, how long it has held,
 * state (coloured and named, so it reads without colour) and the recommended action.
 */
final class CapacityTablePane {

    private static final double ROW_HEIGHT = 30;
    private static final double HEADER_HEIGHT = 28;

    private final TableView<CapacityRow> table = new TableView<>();

    CapacityTablePane() {
        table.setId("capacity-table");
        table.getStyleClass().add(Styles.CAPACITY_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Sampling CPU, memory, storage, database connections and API requests…"));
        table.getColumns().add(column("Resource", "capacity-col-resource", 120, CapacityRow::resource));
        table.getColumns().add(column("Capacity", "capacity-col-capacity", 100, CapacityRow::capacity));
        table.getColumns().add(column("Current", "capacity-col-current", 100, CapacityRow::current));
        table.getColumns().add(column("Trigger", "capacity-col-trigger", 140, CapacityRow::trigger));
        table.getColumns().add(column("Held", "capacity-col-held", 300, CapacityRow::held));
        table.getColumns().add(stateColumn());
        table.getColumns().add(column("Action", "capacity-col-action", 140, CapacityRow::action));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CapacityRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.resource() + ": " + row.detail()));
                getStyleClass().remove(Styles.CAPACITY_TRIGGERED_ROW);
                if (!empty && row != null && row.state() == CapacityState.TRIGGERED) {
                    getStyleClass().add(Styles.CAPACITY_TRIGGERED_ROW);
                }
            }
        });
        table.setFixedCellSize(ROW_HEIGHT);
        fitHeight(5);
    }

    Node node() {
        return table;
    }

    void apply(List<CapacityRow> rows) {
        table.getItems().setAll(rows);
        fitHeight(Math.max(5, rows.size()));
    }

    /** Exactly the rows and the header: no scrolling, no empty band below. */
    private void fitHeight(int rows) {
        double height = ROW_HEIGHT * rows + HEADER_HEIGHT;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    private static TableColumn<CapacityRow, String> column(String title, String id, double width,
            Function<CapacityRow, String> text) {
        TableColumn<CapacityRow, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<CapacityRow, String> stateColumn() {
        TableColumn<CapacityRow, String> c = column("State", "capacity-col-state", 100, CapacityRow::stateText);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(Styles.OK, Styles.WARN, Styles.CRIT, Styles.STALE);
                CapacityRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (row != null) {
                    getStyleClass().add(styleOf(row.state()));
                }
            }
        });
        return c;
    }

    static String styleOf(CapacityState state) {
        return switch (state) {
            case OK -> Styles.OK;
            case HOLDING -> Styles.WARN;
            case TRIGGERED -> Styles.CRIT;
            case NO_DATA -> Styles.STALE;
        };
    }
}
