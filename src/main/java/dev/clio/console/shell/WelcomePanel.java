package dev.clio.console.shell;

import dev.clio.console.common.Styles;
import dev.clio.console.common.ViewSpec;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first-run welcome over the window: what each view is for, that the demo workspace needs no account or
 * network, and how to connect to a server. Built from the views' own titles and descriptions, so it stays current.
 */
final class WelcomePanel {

    private final StackPane root = new StackPane();

    WelcomePanel(List<ViewSpec> views, WelcomeModel model) {
        root.setPickOnBounds(false);
        Label heading = new Label("Welcome to CLI Orchestrator");
        heading.getStyleClass().add(Styles.WELCOME_HEADING);
        Label demo = wrapped("You are on the demo workspace: sample workflows on the embedded engine, on this "
                + "machine. Nothing here needs an account or a network; the toolbar's demo load switch makes the "
                + "KPIs and alerts move.");
        GridPane table = new GridPane();
        table.setHgap(12);
        table.setVgap(4);
        for (int i = 0; i < views.size(); i++) {
            ViewSpec view = views.get(i);
            Label title = new Label(view.title(), new FontIcon(view.icon()));
            title.setMinWidth(Region.USE_PREF_SIZE);
            table.addRow(i, title, wrapped(view.description()));
        }
        Label remote = wrapped("To watch a running server, open the connection manager (Ctrl+K), add its URL and an "
                + "API key, and switch to it; or start with: cli-orchestrator console --connection URL. "
                + "Every action is also in the command palette (Ctrl+Shift+P).");
        Button dismiss = new Button("Got it");
        dismiss.setId("welcome-dismiss");
        dismiss.setDefaultButton(true);
        dismiss.setOnAction(e -> model.dismiss());
        VBox card = new VBox(12, heading, demo, table, remote, dismiss);
        card.setId("welcome");
        card.getStyleClass().add(Styles.WELCOME);
        card.setMaxSize(640, Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        root.getChildren().add(card);
        root.visibleProperty().bind(model.showingProperty());
        root.managedProperty().bind(model.showingProperty());
    }

    StackPane node() {
        return root;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
