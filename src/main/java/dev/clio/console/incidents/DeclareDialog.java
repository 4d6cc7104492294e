package dev.clio.console.incidents;

import dev.clio.ops.Incidents.Severity;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Declares an incident by hand: title, severity (the seed's table, medium suggested) and impact. */
final class DeclareDialog {

    private DeclareDialog() {
    }

    static void show(Node owner, IncidentsViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Declare incident");
        dialog.setHeaderText("Declare an incident: it starts investigating and becomes the active one");
        TextField title = new TextField();
        title.setId("declare-title");
        title.setPromptText("What is wrong, in a few words");
        title.setPrefColumnCount(40);
        ComboBox<Severity> severity = new ComboBox<>(FXCollections.observableArrayList(Severity.values()));
        severity.setId("declare-severity");
        severity.setValue(Severity.MEDIUM);
        severity.setButtonCell(new SeverityCell());
        severity.setCellFactory(list -> new SeverityCell());
        TextArea impact = new TextArea();
        impact.setId("declare-impact");
        impact.setPromptText("Who or what is affected, and how");
        impact.setPrefRowCount(3);
        impact.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Severity"), severity);
        form.addRow(2, new Label("Impact"), impact);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("declare-ok");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("declare-cancel");
        Ask.theme(owner, dialog);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                vm.declare(title.getText(), severity.getValue(), impact.getText());
            }
        });
        dialog.show();
        title.requestFocus();
    }

    /** {@code high — Major functionality impacted (respond within 30 minutes)}. */
    static String describe(Severity s) {
        return s.label() + " — " + s.definition() + " (respond within " + s.responseTime().toLowerCase() + ")";
    }

    private static final class SeverityCell extends ListCell<Severity> {
        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : describe(item));
        }
    }
}
