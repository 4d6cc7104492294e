package dev.clio.console.alerts;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;

/** The note of an acknowledgement or the comment of a silence: optional text, OK or Cancel. */
final class CommentDialog {

    private CommentDialog() {
    }

    /** Opens without blocking, in the owner window's theme; {@code then} runs only on OK, with the text typed. */
    static void ask(Node owner, String title, String header, String prompt, Consumer<String> then) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("alerts-comment");
        dialog.getEditor().setPrefColumnCount(30);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("alerts-comment-ok");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("alerts-comment-cancel");
        Scene scene = owner.getScene();
        if (scene != null) {
            dialog.initOwner(scene.getWindow());
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
            // the themes define their colours on .root; the dialog has a scene of its own
            dialog.getDialogPane().getStyleClass().add("root");
        }
        dialog.setOnHidden(e -> {
            String result = dialog.getResult();
            if (result != null) {
                then.accept(result);
            }
        });
        dialog.show();
    }
}
