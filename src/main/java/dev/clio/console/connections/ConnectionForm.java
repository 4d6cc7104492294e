package dev.clio.console.connections;

import dev.clio.config.Environment;
import dev.clio.console.common.Styles;
import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The add/edit form of the connection manager, bound to a {@link ConnectionEditor}; errors appear under fields. */
final class ConnectionForm {

    private final VBox root = new VBox(4);
    private final ConnectionEditor editor;

    ConnectionForm(ConnectionEditor editor, Runnable save) {
        this.editor = editor;
        TextField name = field("conn-name", "e.g. prod-eu");
        name.textProperty().bindBidirectional(editor.nameProperty());
        ToggleGroup kinds = new ToggleGroup();
        RadioButton remote = radio("conn-kind-remote", "Remote server", kinds, ConnectionEditor.Kind.REMOTE);
        RadioButton embedded = radio("conn-kind-embedded", "Embedded workspace", kinds, ConnectionEditor.Kind.EMBEDDED);
        editor.kindProperty().addListener((obs, old, now) -> (now == ConnectionEditor.Kind.REMOTE ? remote : embedded)
                .setSelected(true));
        (editor.kindProperty().get() == ConnectionEditor.Kind.REMOTE ? remote : embedded).setSelected(true);

        TextField workspace = field("conn-workspace", "/home/you/ops-workspace");
        workspace.textProperty().bindBidirectional(editor.workspaceProperty());
        Button chooseWorkspace = chooser("conn-workspace-choose", "Choose the workspace directory", () -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Workspace directory");
            File dir = c.showDialog(root.getScene().getWindow());
            if (dir != null) {
                editor.workspaceProperty().set(dir.getAbsolutePath());
            }
        });
        VBox embeddedPart = new VBox(4, caption("Workspace directory"), row(workspace, chooseWorkspace),
                error("conn-workspace-error", editor.workspaceErrorProperty()));

        TextField url = field("conn-url", "https://ops.example.com:8443");
        url.textProperty().bindBidirectional(editor.urlProperty());
        PasswordField key = new PasswordField();
        key.setId("conn-key");
        key.promptTextProperty().bind(editor.keyPromptProperty());
        key.textProperty().bindBidirectional(editor.keyProperty());
        key.setTooltip(new Tooltip("Stored in a file only you can read; never shown again"));
        TextField ca = field("conn-ca", "optional: PEM file of the server's own CA");
        ca.textProperty().bindBidirectional(editor.caCertificateProperty());
        Button chooseCa = chooser("conn-ca-choose", "Choose the CA certificate (PEM)", () -> {
            FileChooser c = new FileChooser();
            c.setTitle("CA certificate (PEM)");
            c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PEM certificates", "*.pem", "*.crt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File file = c.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                editor.caCertificateProperty().set(file.getAbsolutePath());
            }
        });
        VBox remotePart = new VBox(4, caption("API URL"), url, error("conn-url-error", editor.urlErrorProperty()),
                caption("API key"), key, error("conn-key-error", editor.keyErrorProperty()),
                caption("Custom CA certificate"), row(ca, chooseCa), error("conn-ca-error", editor.caErrorProperty()));
        showWhen(remotePart, ConnectionEditor.Kind.REMOTE);
        showWhen(embeddedPart, ConnectionEditor.Kind.EMBEDDED);

        ChoiceBox<Environment> environment = new ChoiceBox<>();
        environment.setId("conn-environment");
        environment.getItems().setAll(Environment.values());
        environment.setConverter(new StringConverter<>() {
            @Override
            public String toString(Environment e) {
                return e == null ? "" : e.label();
            }

            @Override
            public Environment fromString(String s) {
                return Environment.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });
        environment.valueProperty().bindBidirectional(editor.environmentProperty());
        TextField alertmanager = field("conn-alertmanager", "optional: http://alertmanager.example.com:9093");
        alertmanager.textProperty().bindBidirectional(editor.alertmanagerUrlProperty());
        alertmanager.setTooltip(new Tooltip("The Alerts view shows this Alertmanager's alerts and silences"));

        TextField prometheus = field("conn-prometheus", "optional: http://prometheus.example.com:9090");
        prometheus.textProperty().bindBidirectional(editor.prometheusUrlProperty());
        prometheus.setTooltip(new Tooltip("With a Prometheus URL the KPI tiles and sparklines show the whole fleet "
                + "(docs/monitoring.md)"));

        Button saveButton = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
        saveButton.setId("conn-save");
        saveButton.setDefaultButton(true);
        saveButton.setOnAction(e -> save.run());
        Button cancel = new Button("Cancel");
        cancel.setId("conn-cancel");
        cancel.setOnAction(e -> editor.cancel());
        Label title = new Label();
        title.getStyleClass().add(Styles.CONNECTIONS_HEADING);
        title.textProperty().bind(Bindings.createStringBinding(() -> editor.originalName() == null
                ? "New connection" : "Edit " + editor.originalName(), editor.editingProperty(), editor.nameProperty()));
        root.getChildren().addAll(title, caption("Name"), name, error("conn-name-error", editor.nameErrorProperty()),
                new HBox(12, remote, embedded), embeddedPart, remotePart, caption("Environment"), environment,
                caption("Prometheus URL"), prometheus, error("conn-prometheus-error", editor.prometheusErrorProperty()),
                caption("Alertmanager URL"), alertmanager, error("conn-alertmanager-error",
                editor.alertmanagerErrorProperty()), new HBox(8, saveButton, cancel));
        root.setId("connection-form");
        root.getStyleClass().add(Styles.CONNECTIONS_FORM);
        root.visibleProperty().bind(editor.editingProperty());
        root.managedProperty().bind(editor.editingProperty());
    }

    Node node() {
        return root;
    }

    private void showWhen(Node part, ConnectionEditor.Kind kind) {
        part.visibleProperty().bind(editor.kindProperty().isEqualTo(kind));
        part.managedProperty().bind(part.visibleProperty());
    }

    private RadioButton radio(String id, String text, ToggleGroup group, ConnectionEditor.Kind kind) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setOnAction(e -> editor.kindProperty().set(kind));
        return button;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Button chooser(String id, String tooltip, Runnable choose) {
        Button button = new Button("Choose…", new FontIcon("mdi2f-folder-open-outline"));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> choose.run());
        return button;
    }

    private static HBox row(TextField field, Button button) {
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, button);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private static Label error(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.CRIT);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
