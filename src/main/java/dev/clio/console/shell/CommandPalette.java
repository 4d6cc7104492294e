package dev.clio.console.shell;

import dev.clio.console.common.ActionRegistry;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.FuzzyMatcher;
import dev.clio.console.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Ctrl+Shift+P: every registered action, filtered by fuzzy search as you type; Enter runs the highlighted one,
 * Escape closes. Drawn over the window (not a separate stage) so it follows the theme and the window.
 */
final class CommandPalette {

    private final ActionRegistry actions;
    private final StackPane overlay = new StackPane();
    private final TextField query = new TextField();
    private final ListView<ConsoleAction> list = new ListView<>();

    CommandPalette(ActionRegistry actions) {
        this.actions = actions;
        query.setId("palette-query");
        query.setPromptText("Type a command or view…");
        list.setId("palette-list");
        list.setPrefHeight(320);
        list.setCellFactory(v -> new ActionCell());
        VBox box = new VBox(6, query, list);
        box.getStyleClass().add(Styles.PALETTE);
        box.setMaxWidth(560);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        overlay.getChildren().add(box);
        overlay.setId("command-palette");
        overlay.setVisible(false);
        overlay.setOnMouseClicked(e -> {
            if (e.getTarget() == overlay) {
                close();
            }
        });
        query.textProperty().addListener((obs, old, now) -> filter(now));
        query.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected();
            }
        });
    }

    StackPane node() {
        return overlay;
    }

    boolean isOpen() {
        return overlay.isVisible();
    }

    void open() {
        query.clear();
        filter("");
        overlay.setVisible(true);
        query.requestFocus();
    }

    void close() {
        overlay.setVisible(false);
    }

    private void filter(String text) {
        list.getItems().setAll(FuzzyMatcher.rank(text, actions.all(), ConsoleAction::searchText));
        list.getSelectionModel().selectFirst();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> close();
            case ENTER -> runSelected();
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void runSelected() {
        ConsoleAction action = list.getSelectionModel().getSelectedItem();
        if (action != null) {
            close();
            action.run().run();
        }
    }

    private static final class ActionCell extends ListCell<ConsoleAction> {
        @Override
        protected void updateItem(ConsoleAction action, boolean empty) {
            super.updateItem(action, empty);
            if (empty || action == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(action.searchText());
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            Label keys = new Label(action.shortcut() == null ? "" : Shortcuts.display(action.shortcut()));
            keys.getStyleClass().add(Styles.MUTED);
            HBox row = new HBox(8, title, spring, keys);
            BorderPane.setAlignment(row, Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setTooltip(action.description().isEmpty() ? null : new javafx.scene.control.Tooltip(action.description()));
        }
    }
}
