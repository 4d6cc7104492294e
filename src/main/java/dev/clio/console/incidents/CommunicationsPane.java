package dev.clio.console.incidents;

import dev.clio.ops.Incidents.Communication;
import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The seed's notification templates (and the workspace's own) filled from the live incident: pick one, edit it,
 * copy it or save it, and mark it as sent, which puts the text as sent in the timeline and restarts the 30-minute
 * update countdown.
 */
final class CommunicationsPane {

    private final IncidentsViewModel vm;
    private final VBox root = new VBox(8);
    private final ComboBox<Communication> template;
    private final TextArea text = new TextArea();

    CommunicationsPane(IncidentsViewModel vm) {
        this.vm = vm;
        template = new ComboBox<>(vm.writes().communications());
        template.setId("incident-comm-template");
        template.setPromptText("Template");
        template.setButtonCell(new NameCell());
        template.setCellFactory(l -> new NameCell());
        template.valueProperty().addListener((obs, old, now) -> text.setText(now == null ? "" : now.text()));
        vm.writes().communications().addListener((javafx.collections.ListChangeListener<Communication>) c -> {
            if (!vm.writes().communications().isEmpty()) {
                String keep = template.getValue() == null ? null : template.getValue().templateId();
                template.setValue(vm.writes().communications().stream().filter(m -> m.templateId().equals(keep))
                        .findFirst().orElse(vm.writes().communications().get(0)));
            }
        });
        Button fill = new Button("Fill from incident", new FontIcon("mdi2r-refresh"));
        fill.setId("incident-comm-fill");
        fill.setTooltip(new Tooltip("Fill the templates again from the incident as it is now"));
        fill.setOnAction(e -> vm.writes().loadCommunications());
        text.setId("incident-comm-text");
        text.setWrapText(true);
        TextField channel = new TextField();
        channel.setId("incident-comm-channel");
        channel.setPromptText("Channel (e.g. #ops, status page)");
        Button copy = new Button("Copy", new FontIcon("mdi2c-content-copy"));
        copy.setId("incident-comm-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save…", new FontIcon("mdi2c-content-save-outline"));
        save.setId("incident-comm-save");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(name() + ".txt");
            File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (file != null) {
                vm.writes().saveCommunication(file.toPath(), text.getText());
            }
        });
        Button sent = new Button("Mark as sent", new FontIcon("mdi2e-email-outline"));
        sent.setId("incident-comm-sent");
        sent.setTooltip(new Tooltip("Record this text as sent in the timeline; the next update is due 30 min later"));
        sent.setOnAction(e -> {
            if (template.getValue() != null) {
                vm.writes().markSent(template.getValue().templateId(), text.getText(), channel.getText());
            }
        });
        sent.disableProperty().bind(template.valueProperty().isNull().or(vm.disabledReasonProperty().isNotNull()));
        HBox top = new HBox(8, new Label("Template"), template, fill);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, channel, copy, save, sent);
        HBox.setHgrow(channel, Priority.ALWAYS);
        root.getChildren().addAll(top, text, bottom);
        VBox.setVgrow(text, Priority.ALWAYS);
    }

    VBox node() {
        return root;
    }

    private String name() {
        return template.getValue() == null ? "message" : template.getValue().templateId();
    }

    private static final class NameCell extends ListCell<Communication> {
        @Override
        protected void updateItem(Communication item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
