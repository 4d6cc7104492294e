package dev.clio.console.alerts;

import dev.clio.console.common.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The Alerts view's table columns: a text per row and an optional level style class, not sortable. */
final class TextColumns {

    private static final List<String> TEXT_STYLES = List.of(Styles.CRIT, Styles.WARN, Styles.OK, Styles.MUTED);

    private TextColumns() {
    }

    /** @param id the column's node id; @param style a style class for the row's cell, or null for none */
    static <T> TableColumn<T, T> column(String id, String title, Function<T, String> text,
            Function<T, String> style, double width) {
        TableColumn<T, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(TEXT_STYLES);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(row));
                String styleClass = style.apply(row);
                if (styleClass != null) {
                    getStyleClass().add(styleClass);
                }
            }
        });
        return column;
    }

    static String id(String prefix, String title) {
        return prefix + title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
