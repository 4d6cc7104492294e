package dev.clio.console.connections;

import dev.clio.console.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's connection switcher: the saved connections and the built-in demo workspace, the current one checked;
 * picking one opens it in the background and switches the session.
 */
final class ConnectionSwitcher {

    private final MenuButton button = new MenuButton();
    private final ConnectionsViewModel vm;

    ConnectionSwitcher(ConnectionsViewModel vm, String manageShortcut) {
        this.vm = vm;
        button.setId("connection-switcher");
        button.setGraphic(new FontIcon("mdi2l-lan-connect"));
        button.setText("Connections");
        button.setTooltip(new Tooltip("Switch connection; manage them with " + manageShortcut));
        button.getStyleClass().add(Styles.CONNECTION_SWITCHER);
        button.setOnShowing(e -> vm.reload());
        vm.rows().addListener((ListChangeListener<ConnectionRow>) c -> rebuild(manageShortcut));
        vm.openingProperty().addListener((obs, old, now) -> button.setText(now == null ? "Connections"
                : "Opening " + now + "…"));
        rebuild(manageShortcut);
    }

    Node node() {
        return button;
    }

    private void rebuild(String manageShortcut) {
        button.getItems().clear();
        String current = vm.currentName();
        for (ConnectionRow row : vm.rows()) {
            MenuItem item = new MenuItem(row.name() + "  —  " + row.environment() + ", " + row.location(),
                    new FontIcon(row.name().equals(current) ? "mdi2c-check" : row.profile().remote()
                            ? "mdi2s-server-network" : "mdi2f-folder-outline"));
            item.setId("switch-" + row.name());
            item.setOnAction(e -> vm.connect(row));
            button.getItems().add(item);
        }
        MenuItem manage = new MenuItem("Manage connections…  (" + manageShortcut + ")",
                new FontIcon("mdi2c-cog-outline"));
        manage.setId("switch-manage");
        manage.setOnAction(e -> vm.show());
        button.getItems().addAll(new SeparatorMenuItem(), manage);
    }
}
