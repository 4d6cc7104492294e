package dev.clio.console.containers;

import dev.clio.console.common.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The containers table: sortable columns (numbers sort as numbers, not as their text), fixed cell size, several rows
 * selectable. Grouped, rows stay together by compose project whatever column sorts them. The selection is the view
 * model's: restored after every poll by name.
 */
final class ContainerTable {

    private final ContainersViewModel vm;
    private final ObservableList<ContainerRow> items = FXCollections.observableArrayList();
    private final TableView<ContainerRow> table = new TableView<>();
    private final TableColumn<ContainerRow, String> project = text("Project", ContainerRow::project, 100);
    private boolean restoring;
    private boolean everSelected;

    ContainerTable(ContainersViewModel vm) {
        this.vm = vm;
        table.setId("containers-table");
        table.getStyleClass().add(Styles.CONTAINER_TABLE);
        table.setFixedCellSize(26);
        // every column in sight at the console's usual width; a column's text ellipsises before a column disappears
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No containers"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        project.visibleProperty().bind(vm.groupedProperty());
        table.getColumns().setAll(List.of(project, text("Name", ContainerRow::name, 150),
                text("Image", r -> r.container().image(), 120), state(), text("Health", ContainerRow::health, 62),
                text("Status", r -> r.container().status(), 130),
                number("Uptime", ContainerRow::uptimeSeconds, ContainerRow::uptimeText, 72),
                number("Restarts", r -> (long) r.container().restartCount(),
                        r -> String.valueOf(r.container().restartCount()), 80),
                number("CPU %", ContainerRow::cpuPercent, ContainerRow::cpuText, 60),
                number("Memory used / limit", ContainerRow::memoryUsed, ContainerRow::memoryText, 215),
                number("Net I/O rx / tx", ContainerRow::netTotal, ContainerRow::netText, 115),
                number("Block I/O r / w", ContainerRow::blockTotal, ContainerRow::blockText, 120)));
        SortedList<ContainerRow> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(this::order, table.comparatorProperty(),
                vm.groupedProperty()));
        table.setItems(sorted);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContainerRow>) c -> {
            if (!restoring) {
                everSelected = true;
                vm.select(table.getSelectionModel().getSelectedItems().stream().map(ContainerRow::name).toList());
            }
        });
        vm.rowsProperty().addListener((obs, old, now) -> apply(now));
        apply(vm.rowsProperty().get());
    }

    TableView<ContainerRow> node() {
        return table;
    }

    private Comparator<ContainerRow> order() {
        Comparator<ContainerRow> chosen = table.getComparator() == null ? Comparator.comparing(ContainerRow::name)
                : table.getComparator();
        return vm.groupedProperty().get() ? ContainerRows.BY_PROJECT.thenComparing(chosen) : chosen;
    }

    /** One poll's rows in one change, then the same names selected again. */
    private void apply(List<ContainerRow> rows) {
        restoring = true;
        try {
            items.setAll(rows);
            table.getSelectionModel().clearSelection();
            List<String> names = vm.selectedProperty().get();
            List<ContainerRow> shown = table.getItems();
            if (!everSelected && !shown.isEmpty()) {
                // the detail pane is never empty on first sight; the actions still confirm what they act on
                everSelected = true;
                table.getSelectionModel().select(0);
                vm.select(List.of(shown.get(0).name()));
                return;
            }
            for (int i = 0; i < shown.size(); i++) {
                if (names.contains(shown.get(i).name())) {
                    table.getSelectionModel().select(i);
                }
            }
        } finally {
            restoring = false;
        }
    }

    private static TableColumn<ContainerRow, String> text(String title, Function<ContainerRow, String> value,
            double width) {
        TableColumn<ContainerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ContainerRow, String> state() {
        TableColumn<ContainerRow, String> column = text("State", ContainerRow::state, 70);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.OK, Styles.WARN, Styles.CRIT, Styles.MUTED);
                setText(empty ? null : item);
                if (!empty && item != null) {
                    getStyleClass().add(switch (item) {
                        case "running" -> Styles.OK;
                        case "restarting", "paused", "created" -> Styles.WARN;
                        case "dead" -> Styles.CRIT;
                        default -> Styles.MUTED;
                    });
                }
            }
        });
        return column;
    }

    /** A column that shows {@code text} but sorts by {@code key}, empty values last. */
    private static <N extends Comparable<N>> TableColumn<ContainerRow, ContainerRow> number(String title,
            Function<ContainerRow, N> key, Function<ContainerRow, String> text, double width) {
        TableColumn<ContainerRow, ContainerRow> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        column.setComparator(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ContainerRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.getStyleClass().add("ops-number");
        column.setPrefWidth(width);
        return column;
    }
}
