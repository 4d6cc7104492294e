package dev.clio.console.connections;

import dev.clio.console.common.Styles;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The connection manager (Ctrl+K): saved connections on the left, the add/edit form on the right. Drawn over the
 * window like the palette, so it follows the theme; Escape closes it.
 */
final class ConnectionsDialog {

    private final StackPane overlay = new StackPane();
    private final ListView<ConnectionRow> list = new ListView<>();
    private final ConnectionsViewModel vm;

    ConnectionsDialog(ConnectionsViewModel vm) {
        this.vm = vm;
        list.setId("connections-list");
        list.setItems(vm.rows());
        list.setCellFactory(v -> new RowCell());
        list.setPrefWidth(380);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.connect(selected());
            }
        });
        Button add = button("conn-add", "Add", "mdi2p-plus", "Add a connection", vm::add);
        Button edit = button("conn-edit", "Edit", "mdi2p-pencil-outline", "Edit the selected connection",
                () -> vm.edit(selected()));
        Button remove = button("conn-remove", "Remove", "mdi2d-delete-outline",
                "Remove the selected connection and its stored key", this::confirmRemove);
        Button connect = button("conn-connect", "Connect", "mdi2l-lan-connect", "Switch the console to the "
                + "selected connection", () -> vm.connect(selected()));
        connect.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.openingProperty().isNotNull()));
        var builtInOrNone = Bindings.createBooleanBinding(() -> selected() == null || selected().builtIn(),
                list.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(builtInOrNone);
        remove.disableProperty().bind(builtInOrNone);
        VBox left = new VBox(8, list, new HBox(6, add, edit, remove, connect));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label title = new Label("Connections", new FontIcon("mdi2l-lan"));
        title.getStyleClass().add(Styles.VIEW_TITLE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button close = button("conn-close", null, "mdi2c-close", "Close (Escape)", vm::hide);
        Label message = new Label();
        message.setId("connections-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.CRIT);
        message.textProperty().bind(Bindings.createStringBinding(() -> vm.openingProperty().get() != null
                ? "Opening " + vm.openingProperty().get() + "…" : vm.messageProperty().get(),
                vm.openingProperty(), vm.messageProperty()));
        BorderPane box = new BorderPane();
        box.setTop(new HBox(8, title, spring, close));
        box.setLeft(left);
        ConnectionForm form = new ConnectionForm(vm.editor(), vm::save);
        Label hint = new Label("Select a connection and Connect, or Add one: a remote server (URL and API key) or "
                + "another embedded workspace.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        hint.visibleProperty().bind(vm.editor().editingProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox right = new VBox(form.node(), hint);
        right.getStyleClass().add(Styles.CONNECTIONS_FORM);
        box.setCenter(right);
        box.setBottom(message);
        box.getStyleClass().add(Styles.CONNECTIONS);
        box.setMaxSize(920, 600);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        overlay.getChildren().add(box);
        overlay.setId("connections-dialog");
        overlay.visibleProperty().bind(vm.openProperty());
        overlay.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.hide();
                e.consume();
            }
        });
        vm.openProperty().addListener((obs, old, now) -> {
            if (now) {
                list.requestFocus();
            }
        });
    }

    Node node() {
        return overlay;
    }

    private ConnectionRow selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void confirmRemove() {
        ConnectionRow row = selected();
        if (row == null) {
            return;
        }
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION, "Remove the connection " + row.name()
                        + (row.keySaved() ? " and its stored API key" : "") + "?",
                ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.initOwner(overlay.getScene().getWindow());
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.remove(row));
    }

    private static Button button(String id, String text, String icon, String tooltip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Name with environment badge; where it goes; key and last-used marks. */
    private static final class RowCell extends ListCell<ConnectionRow> {
        @Override
        protected void updateItem(ConnectionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add(Styles.CONNECTIONS_HEADING);
            Label badge = new Label(row.environment().toUpperCase(Locale.ROOT));
            badge.getStyleClass().addAll(Styles.ENV_BADGE, Styles.ENV_PREFIX + row.environment());
            Label marks = new Label(String.join(" · ", Stream.of(row.keyText(), row.usageText())
                    .filter(s -> !s.isEmpty()).toList()));
            marks.getStyleClass().add(Styles.MUTED);
            Label where = new Label(row.kind() + ": " + row.location());
            where.getStyleClass().add(Styles.MUTED);
            where.setMaxWidth(340);
            where.setTooltip(new Tooltip(row.location()));
            setText(null);
            setGraphic(new VBox(2, new HBox(8, name, badge, marks), where));
            setId("connection-row-" + row.name());
        }
    }
}
