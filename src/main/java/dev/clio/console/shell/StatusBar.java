package dev.clio.console.shell;

import dev.clio.console.common.ActiveIncident;
import dev.clio.console.common.Navigator;
import dev.clio.console.common.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Connection state, target, the active incident and last refresh at the bottom of the window. */
final class StatusBar {

    private final HBox root;

    StatusBar(ShellViewModel vm, ActiveIncident incident, Navigator navigator) {
        FontIcon dot = new FontIcon("mdi2c-circle");
        Label state = new Label();
        state.setId("connection-state");
        state.setGraphic(dot);
        state.textProperty().bind(vm.stateProperty());
        vm.stateProperty().addListener((obs, old, now) -> styleState(state, old, now));
        styleState(state, null, vm.stateProperty().get());
        Label target = new Label();
        target.setId("connection-target");
        target.textProperty().bind(vm.targetProperty());
        target.getStyleClass().add(Styles.MUTED);
        Label problem = new Label();
        problem.setId("connection-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add(Styles.CRIT);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label refreshed = new Label();
        refreshed.setId("last-refresh");
        refreshed.textProperty().bind(vm.refreshedProperty());
        root = new HBox(12, state, target, problem, spring, activeIncident(incident, navigator), refreshed);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
        root.getStyleClass().add(Styles.STATUS_BAR);
    }

    HBox node() {
        return root;
    }

    /** The incident other views record into; a click opens it. Absent while none is active. */
    private static Label activeIncident(ActiveIncident incident, Navigator navigator) {
        Label active = new Label();
        active.setId("active-incident");
        active.setGraphic(new FontIcon("mdi2a-alert-octagon-outline"));
        active.getStyleClass().add(Styles.ACTIVE_INCIDENT);
        active.textProperty().bind(incident.labelProperty());
        active.visibleProperty().bind(incident.labelProperty().isNotEmpty());
        active.managedProperty().bind(active.visibleProperty());
        active.setTooltip(new Tooltip("The active incident: container actions are recorded in its timeline. "
                + "Click to open it."));
        active.setOnMouseClicked(e -> navigator.show("incidents"));
        return active;
    }

    private static void styleState(Label label, String old, String now) {
        if (old != null) {
            label.getStyleClass().remove(Styles.STATE_PREFIX + old);
        }
        label.getStyleClass().add(Styles.STATE_PREFIX + now);
    }
}
