package dev.clio.console.incidents;

import dev.clio.console.common.Styles;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The markdown report, previewed before it is saved: to {@code incidents/INC-….md} in an embedded workspace, or to
 * a chosen file. What is saved is exactly the text shown.
 */
final class ReportPane {

    private final IncidentsViewModel vm;
    private final VBox root = new VBox(8);
    private final TextArea preview = new TextArea();

    ReportPane(IncidentsViewModel vm) {
        this.vm = vm;
        Button refresh = new Button("Preview", new FontIcon("mdi2e-eye-outline"));
        refresh.setId("incident-report-preview");
        refresh.setOnAction(e -> vm.writes().previewReport());
        Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
        save.setId("incident-report-save");
        save.setTooltip(new Tooltip("Save to incidents/INC-….md in the workspace (embedded connections)"));
        save.setOnAction(e -> vm.writes().saveReport(null));
        Button saveAs = new Button("Save as…", new FontIcon("mdi2c-content-save-edit-outline"));
        saveAs.setId("incident-report-save-as");
        saveAs.setOnAction(e -> saveAs());
        save.disableProperty().bind(vm.writes().reportProperty().isNull());
        saveAs.disableProperty().bind(vm.writes().reportProperty().isNull());
        Label where = new Label();
        where.setId("incident-report-saved");
        where.getStyleClass().add(Styles.MUTED);
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.writes()
                .savedProperty().get() == null ? "" : "Saved: " + vm.writes().savedProperty().get(),
                vm.writes().savedProperty()));
        preview.setId("incident-report-text");
        preview.setEditable(false);
        preview.getStyleClass().add(Styles.LOG_RAW);
        vm.writes().reportProperty().addListener((obs, old, now) -> preview.setText(now == null ? "" : now.markdown()));
        HBox buttons = new HBox(8, refresh, save, saveAs, where);
        root.getChildren().addAll(buttons, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
    }

    VBox node() {
        return root;
    }

    private void saveAs() {
        var report = vm.writes().reportProperty().get();
        if (report == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(report.fileName());
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.writes().saveReport(file.toPath());
        }
    }
}
