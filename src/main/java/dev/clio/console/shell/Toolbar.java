package dev.clio.console.shell;

import dev.clio.console.common.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Top bar: product name, connection and its environment badge, and the window-wide actions. */
final class Toolbar {

    private final HBox root;
    private final HBox trailing = new HBox(6);

    Toolbar(ShellViewModel vm, Runnable openPalette) {
        Label product = new Label("CLI Orchestrator", new FontIcon("mdi2c-console"));
        product.getStyleClass().add("ops-product");
        Label connection = new Label();
        connection.setId("connection-name");
        connection.textProperty().bind(vm.titleProperty().map(t -> t.replaceFirst("^CLI Orchestrator — ", "")
                .replaceFirst(" \\[[^]]*]$", "")));
        Label badge = new Label();
        badge.setId("environment-badge");
        badge.getStyleClass().add(Styles.ENV_BADGE);
        badge.textProperty().bind(vm.environmentProperty().map(e -> e.toUpperCase(java.util.Locale.ROOT)));
        vm.environmentProperty().addListener((obs, old, now) -> styleBadge(badge, old, now));
        styleBadge(badge, null, vm.environmentProperty().get());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button palette = button("toolbar-palette", "mdi2m-magnify", "Command palette ("
                + Shortcuts.display(Shortcuts.PALETTE) + ")", openPalette);
        Button theme = button("toolbar-theme", "mdi2t-theme-light-dark", "Switch light/dark theme ("
                + Shortcuts.display(Shortcuts.THEME) + ")", vm::toggleTheme);
        root = new HBox(10, product, connection, badge, spring, trailing, palette, theme);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 10, 6, 10));
        root.getStyleClass().add(Styles.TOOLBAR);
    }

    HBox node() {
        return root;
    }

    /** Where the shell puts extra controls (connection switcher, demo load switch). */
    void addTrailing(Node node) {
        trailing.getChildren().add(node);
    }

    private static Button button(String id, String icon, String tooltip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static void styleBadge(Label badge, String old, String now) {
        if (old != null) {
            badge.getStyleClass().remove(Styles.ENV_PREFIX + old);
        }
        badge.getStyleClass().add(Styles.ENV_PREFIX + now);
    }
}
