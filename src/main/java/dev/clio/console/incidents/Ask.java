package dev.clio.console.incidents;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;

/** Small questions the view asks: a reason for a change, a note's new text. Never blocks the UI thread. */
final class Ask {

    private Ask() {
    }

    /** Opens a one-line question; {@code then} runs only on OK, with the text typed. */
    static void text(Node owner, String title, String header, String prompt, String initial, Consumer<String> then) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("incident-ask-text");
        dialog.getEditor().setPrefColumnCount(36);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("incident-ask-ok");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("incident-ask-cancel");
        theme(owner, dialog);
        dialog.setOnHidden(e -> {
            String result = dialog.getResult();
            if (result != null) {
                then.accept(result);
            }
        });
        dialog.show();
    }

    /** The owner window's stylesheets and theme colours (defined on .root) for a dialog with a scene of its own. */
    static void theme(Node owner, Dialog<?> dialog) {
        Scene scene = owner.getScene();
        if (scene != null) {
            dialog.initOwner(scene.getWindow());
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
            dialog.getDialogPane().getStyleClass().add("root");
        }
    }
}
