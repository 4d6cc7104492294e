package dev.clio.console.runbooks;

import dev.clio.console.common.Styles;
import dev.clio.ops.Runbooks.Display;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/** A step's result as the core shaped it: a table (columns and rows) or read-only text; nothing for none. */
final class ResultView {

    static final int MAX_TABLE_HEIGHT = 240;

    private ResultView() {
    }

    static Node of(String stepId, Display display) {
        return switch (display.kind()) {
            case "table" -> table(stepId, display);
            case "text" -> text(stepId, display.text());
            default -> null;
        };
    }

    private static Node table(String stepId, Display display) {
        TableView<List<String>> table = new TableView<>();
        table.setId("step-result-table-" + stepId);
        table.getStyleClass().add(Styles.STEP_RESULT);
        for (int i = 0; i < display.columns().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(display.columns().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().size()
                    ? c.getValue().get(index) : ""));
            column.setSortable(true);
            table.getColumns().add(column);
        }
        table.setItems(FXCollections.observableArrayList(display.rows()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No rows."));
        table.setFixedCellSize(24);
        table.setPrefHeight(Math.min(MAX_TABLE_HEIGHT, 30 + 24 * Math.max(1, display.rows().size())));
        return table;
    }

    private static Node text(String stepId, String text) {
        TextArea area = new TextArea(text);
        area.setId("step-result-text-" + stepId);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().addAll(Styles.STEP_RESULT, Styles.LOG_AREA);
        long lines = text.lines().count();
        area.setPrefRowCount((int) Math.max(2, Math.min(12, lines)));
        return area;
    }
}
