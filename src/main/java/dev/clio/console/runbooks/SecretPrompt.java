package dev.clio.console.runbooks;

import dev.clio.runbook.Runbook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;

/** Asks again for the secret parameters of a run being repeated: the history never kept them. */
final class SecretPrompt {

    private SecretPrompt() {
    }

    /** The values typed, or null when the operator cancelled; an empty map at once when there are no secrets. */
    static Map<String, String> ask(Node owner, Runbook runbook, List<String> secretNames) {
        List<String> names = secretNames.stream().filter(runbook.params()::containsKey).toList();
        if (names.isEmpty()) {
            return Map.of();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Secret parameters");
        dialog.setHeaderText("The run history does not keep secret values: give them again to re-run.");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Map<String, PasswordField> fields = new LinkedHashMap<>();
        for (String name : names) {
            PasswordField field = new PasswordField();
            field.setId("secret-" + name);
            fields.put(name, field);
            grid.addRow(fields.size() - 1, new Label(name), field);
        }
        dialog.getDialogPane().setContent(grid);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().add("root");
        }
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, field) -> out.put(name, field.getText()));
        return out;
    }
}
