package dev.clio.console.common;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The confirmation before an action that changes something (containers, runbooks, incidents): it names the exact
 * operation, the targets, the connection and its environment, and on a production connection keeps its button
 * disabled until the challenge is typed. Non-blocking; ids {@code confirm-ok}, {@code confirm-cancel},
 * {@code confirm-challenge} for tests.
 */
public final class ConfirmationDialog {

    private ConfirmationDialog() {
    }

    /**
     * Opens over {@code owner}'s window, in its theme; {@code then} runs only when the user confirms.
     *
     * @param noun what the targets are, plural ({@code containers}), for the summary of several
     */
    public static Dialog<ButtonType> ask(Node owner, ConfirmationRequest request, String noun, Runnable then) {
        return ask(owner, request, noun, java.util.Map.of(), then);
    }

    /**
     * The same, with more rows after the environment (a runbook step's parameters and expected effect), in order.
     */
    public static Dialog<ButtonType> ask(Node owner, ConfirmationRequest request, String noun,
            java.util.Map<String, String> extra, Runnable then) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Confirm " + request.operation());
        dialog.setHeaderText(capitalized(request.summary(noun)) + "?");
        ButtonType go = new ButtonType(capitalized(request.operation()), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(go);
        ok.setId("confirm-ok");
        ok.setDefaultButton(request.challengeOrNull() == null);
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("confirm-cancel");
        cancel.setDefaultButton(request.challengeOrNull() != null);
        GridPane grid = details(request);
        int row = grid.getRowCount();
        for (var e : extra.entrySet()) {
            row(grid, row, e.getKey(), e.getValue(), "confirm-" + e.getKey().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-"));
            row++;
        }
        VBox content = new VBox(10, grid);
        if (request.challengeOrNull() != null) {
            TextField typed = new TextField();
            typed.setId("confirm-challenge");
            typed.setPromptText(request.challengeOrNull());
            Label prompt = new Label("This is a production connection. Type " + challengeText(request)
                    + " to enable " + request.operation() + ":");
            prompt.setWrapText(true);
            prompt.getStyleClass().add(Styles.CRIT);
            ok.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !request.accepts(typed.getText()), typed.textProperty()));
            content.getChildren().addAll(prompt, typed);
            dialog.setOnShown(e -> typed.requestFocus());
        }
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add(Styles.CONFIRMATION);
        theme(dialog, owner);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == go) {
                then.run();
            }
        });
        dialog.show();
        return dialog;
    }

    private static GridPane details(ConfirmationRequest request) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        row(grid, 0, "Operation", request.operation(), "confirm-operation");
        row(grid, 1, request.targets().size() == 1 ? "Target" : "Targets (" + request.targets().size() + ")",
                String.join(", ", request.targets()), "confirm-targets");
        row(grid, 2, "Connection", request.connection(), "confirm-connection");
        Label env = row(grid, 3, "Environment", request.environment(), "confirm-environment");
        env.getStyleClass().addAll(Styles.ENV_BADGE, Styles.ENV_PREFIX + request.environment());
        return grid;
    }

    private static Label row(GridPane grid, int index, String name, String value, String id) {
        Label key = new Label(name);
        key.getStyleClass().add(Styles.MUTED);
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        grid.addRow(index, key, text);
        return text;
    }

    private static String challengeText(ConfirmationRequest request) {
        return request.targets().size() == 1 ? "the name '" + request.challengeOrNull() + "'"
                : "the count (" + request.challengeOrNull() + ")";
    }

    private static void theme(Dialog<?> dialog, Node owner) {
        Scene scene = owner.getScene();
        if (scene != null) {
            dialog.initOwner(scene.getWindow());
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
            // the themes define their colours on .root; the dialog has a scene of its own
            dialog.getDialogPane().getStyleClass().add("root");
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
