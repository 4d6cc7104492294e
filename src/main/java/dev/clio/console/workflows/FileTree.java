package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The stores and their files as a tree, each file with its validity icon; double-click or Enter opens a file. */
final class FileTree {

    static final String VALID_ICON = "mdi2c-check-circle-outline";
    static final String WARNINGS_ICON = "mdi2a-alert-outline";
    static final String ERRORS_ICON = "mdi2c-close-circle-outline";
    static final String UNREADABLE_ICON = "mdi2f-file-question-outline";
    static final String FOLDER_ICON = "mdi2f-folder-outline";

    /** A row: a store's root (entry null) or one file. */
    record Row(String text, StoreListing listing, FileEntry entryOrNull) {
    }

    private final TreeView<Row> tree = new TreeView<>();

    FileTree(List<StoreListing> initial, javafx.collections.ObservableList<StoreListing> listings,
            Consumer<FileEntry> open) {
        tree.setId("workflows-tree");
        tree.getStyleClass().add(Styles.WORKFLOW_TREE);
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(v -> new RowCell());
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected(open);
            }
        });
        listings.addListener((ListChangeListener<StoreListing>) c -> show(listings));
        show(initial);
    }

    Node node() {
        return tree;
    }

    TreeView<Row> view() {
        return tree;
    }

    private void openSelected(Consumer<FileEntry> open) {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() != null && item.getValue().entryOrNull() != null) {
            open.accept(item.getValue().entryOrNull());
        }
    }

    private void show(List<StoreListing> listings) {
        // a refresh must not lose the user's place: keep the selected file selected
        TreeItem<Row> selected = tree.getSelectionModel().getSelectedItem();
        FileLocation keep = selected == null || selected.getValue() == null || selected.getValue().entryOrNull() == null
                ? null : selected.getValue().entryOrNull().location();
        TreeItem<Row> select = null;
        TreeItem<Row> root = new TreeItem<>();
        for (StoreListing listing : listings) {
            String title = listing.store().title() + (listing.problemOrNull() == null ? ""
                    : " — " + listing.problemOrNull());
            TreeItem<Row> store = new TreeItem<>(new Row(title, listing, null));
            store.setExpanded(true);
            for (FileEntry entry : listing.files()) {
                TreeItem<Row> item = new TreeItem<>(new Row(entry.display(), listing, entry));
                store.getChildren().add(item);
                if (entry.location().equals(keep)) {
                    select = item;
                }
            }
            root.getChildren().add(store);
        }
        tree.setRoot(root);
        if (select != null) {
            tree.getSelectionModel().select(select);
        }
    }

    static String icon(FileEntry.Validity validity) {
        return switch (validity) {
            case VALID -> VALID_ICON;
            case WARNINGS -> WARNINGS_ICON;
            case ERRORS -> ERRORS_ICON;
            case UNREADABLE -> UNREADABLE_ICON;
        };
    }

    static String style(FileEntry.Validity validity) {
        return switch (validity) {
            case VALID -> Styles.OK;
            case WARNINGS -> Styles.WARN;
            case ERRORS -> Styles.CRIT;
            case UNREADABLE -> Styles.STALE;
        };
    }

    private static final class RowCell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setId(null);
                return;
            }
            setText(row.text());
            FileEntry entry = row.entryOrNull();
            FontIcon icon = new FontIcon(entry == null ? FOLDER_ICON : icon(entry.validity()));
            if (entry != null) {
                icon.getStyleClass().add(style(entry.validity()));
            }
            setGraphic(icon);
            setTooltip(new Tooltip(entry == null ? row.text() : entry.tooltip()));
            setId(entry == null ? null : "workflow-file-" + entry.display().replaceAll("[^A-Za-z0-9_-]", "-"));
        }
    }
}
