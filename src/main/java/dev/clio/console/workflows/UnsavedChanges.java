package dev.clio.console.workflows;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks what to do with unsaved changes before they would be lost. UI thread; waits for the answer. */
final class UnsavedChanges {

    enum Choice { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private UnsavedChanges() {
    }

    /**
     * @param withSave whether saving is offered (closing a tab) or only discarding (leaving the connection, where
     *     the saves would have to finish first)
     */
    static Choice ask(Node owner, List<String> names, String leaving, boolean withSave) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText(names.size() == 1 ? names.get(0) + " has unsaved changes."
                : names.size() + " workflows have unsaved changes: " + String.join(", ", names) + ".");
        alert.setContentText(withSave ? "Save them before " + leaving + "?"
                : "Discard them and continue " + leaving + ", or cancel and save them first.");
        alert.getButtonTypes().setAll(withSave ? List.of(SAVE, DISCARD, CANCEL) : List.of(DISCARD, CANCEL));
        alert.getDialogPane().setId("workflow-unsaved");
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == CANCEL) {
            return Choice.CANCEL;
        }
        return answer.get() == SAVE ? Choice.SAVE : Choice.DISCARD;
    }
}
