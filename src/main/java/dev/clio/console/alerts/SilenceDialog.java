package dev.clio.console.alerts;

import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** How long and why to silence an Alertmanager alert: an end (duration or local time) and a required comment. */
final class SilenceDialog {

    private SilenceDialog() {
    }

    /** Opens without blocking; {@code then} gets (end text, comment) only on OK. */
    static void ask(Node owner, String header, String creator, BiConsumer<String, String> then) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Silence in Alertmanager");
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField end = new TextField("2h");
        end.setId("alertmanager-silence-end");
        end.setPromptText("2h, 30m, 1d, 18:00 or 2026-12-03 18:00");
        end.setPrefColumnCount(24);
        TextField comment = new TextField();
        comment.setId("alertmanager-silence-comment");
        comment.setPromptText("why (required by Alertmanager)");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Ends:"), end);
        grid.addRow(1, new Label("Comment:"), comment);
        grid.addRow(2, new Label("Created by:"), new Label(creator));
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("alertmanager-silence-ok");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> comment.getText().isBlank()
                || end.getText().isBlank(), comment.textProperty(), end.textProperty()));
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("alertmanager-silence-cancel");
        Scene scene = owner.getScene();
        if (scene != null) {
            dialog.initOwner(scene.getWindow());
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
            dialog.getDialogPane().getStyleClass().add("root");
        }
        dialog.setOnShown(e -> comment.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                then.accept(end.getText(), comment.getText());
            }
        });
        dialog.show();
    }
}
