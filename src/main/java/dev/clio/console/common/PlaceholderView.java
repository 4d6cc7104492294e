package dev.clio.console.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a view shows until the issue that owns it lands: a plain statement, not an empty pane. */
public final class PlaceholderView implements ConsoleView {

    private final VBox root;

    public PlaceholderView(String id, String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.VIEW_TITLE);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(560);
        body.getStyleClass().add(Styles.MUTED);
        root = new VBox(12, heading, body);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add(Styles.PLACEHOLDER);
        root.setId(id + "-view");
    }

    @Override
    public Node node() {
        return root;
    }
}
