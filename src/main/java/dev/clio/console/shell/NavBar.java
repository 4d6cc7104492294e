package dev.clio.console.shell;

import dev.clio.console.common.Styles;
import dev.clio.console.common.ViewSpec;
import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left navigation: one toggle per view, bound both ways to the selected view. */
final class NavBar {

    private final VBox root = new VBox(2);
    private final ToggleGroup group = new ToggleGroup();

    NavBar(ShellViewModel vm) {
        root.getStyleClass().add(Styles.NAV);
        List<ViewSpec> views = vm.views();
        for (int i = 0; i < views.size(); i++) {
            root.getChildren().add(button(vm, views.get(i), i + 1));
        }
        select(vm.selectedProperty().get());
        vm.selectedProperty().addListener((obs, old, now) -> select(now));
    }

    VBox node() {
        return root;
    }

    private ToggleButton button(ShellViewModel vm, ViewSpec spec, int number) {
        ToggleButton button = new ToggleButton(spec.title(), new FontIcon(spec.icon()));
        button.setId("nav-" + spec.id());
        button.setUserData(spec);
        button.setToggleGroup(group);
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add(Styles.NAV_BUTTON);
        button.setTooltip(new Tooltip(spec.description() + " (" + Shortcuts.display("Shortcut+" + number) + ")"));
        button.setOnAction(e -> {
            vm.show(spec.id());
            button.setSelected(true);
        });
        return button;
    }

    private void select(ViewSpec spec) {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == spec));
    }
}
