package dev.clio.console.incidents;

import dev.clio.console.common.Styles;
import dev.clio.ops.Incidents.EventKind;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The flight recorder: every entry with its kind icon, UTC and local time, actor and text; filter by kind or pinned;
 * pin, add a note, edit a note (its earlier texts stay, shown under it and as note-edit entries).
 */
final class TimelinePane {

    private static final String ALL_KINDS = "all kinds";

    private final IncidentsViewModel vm;
    private final VBox root = new VBox(8);
    private final ListView<TimelineRow> list;
    private final TextField note = new TextField();

    TimelinePane(IncidentsViewModel vm) {
        this.vm = vm;
        list = new ListView<>(vm.timeline());
        list.setId("incident-timeline");
        list.getStyleClass().add(Styles.INCIDENT_TIMELINE);
        list.setPlaceholder(new Label("No entries to show."));
        list.setCellFactory(v -> new RowCell());
        List<String> kinds = new ArrayList<>(List.of(ALL_KINDS));
        for (EventKind k : EventKind.values()) {
            kinds.add(k.label());
        }
        ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList(kinds));
        kind.setId("incident-kind-filter");
        kind.setValue(ALL_KINDS);
        kind.valueProperty().addListener((obs, old, now) -> vm.kindFilter(now == null || ALL_KINDS.equals(now)
                ? null : EventKind.parse(now)));
        ToggleButton pinned = new ToggleButton("Pinned only", new FontIcon("mdi2p-pin-outline"));
        pinned.setId("incident-pinned-only");
        pinned.selectedProperty().addListener((obs, old, now) -> vm.pinnedOnly(now));
        Button pin = new Button("Pin / unpin", new FontIcon("mdi2p-pin"));
        pin.setId("incident-pin");
        pin.setTooltip(new Tooltip("Pin the selected entry so it stands out in the timeline and the report"));
        pin.setOnAction(e -> selected(row -> vm.writes().pin(row.seq(), !row.pinned())));
        Button edit = new Button("Edit note…", new FontIcon("mdi2p-pencil-outline"));
        edit.setId("incident-note-edit");
        edit.setTooltip(new Tooltip("Edit the selected note; its earlier text stays in the timeline"));
        edit.setOnAction(e -> selected(row -> {
            if (row.note()) {
                Ask.text(root, "Edit note", "Edit note #" + row.seq(), "Text:", current(row),
                        text -> vm.writes().editNote(row.seq(), text));
            }
        }));
        edit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            TimelineRow row = list.getSelectionModel().getSelectedItem();
            return row == null || !row.note() || vm.disabledReasonProperty().get() != null;
        }, list.getSelectionModel().selectedItemProperty(), vm.disabledReasonProperty()));
        pin.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.disabledReasonProperty().isNotNull()));
        HBox filters = new HBox(8, new Label("Show"), kind, pinned, pin, edit);
        filters.setAlignment(Pos.CENTER_LEFT);
        note.setId("incident-note-text");
        note.setPromptText("Add a note: what you saw, tried or decided (Enter)");
        note.setOnAction(e -> addNote());
        Button add = new Button("Add note", new FontIcon("mdi2n-note-plus-outline"));
        add.setId("incident-note-add");
        add.setOnAction(e -> addNote());
        note.disableProperty().bind(vm.disabledReasonProperty().isNotNull());
        add.disableProperty().bind(vm.disabledReasonProperty().isNotNull());
        HBox adding = new HBox(8, note, add);
        HBox.setHgrow(note, Priority.ALWAYS);
        root.getChildren().addAll(filters, list, adding);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    VBox node() {
        return root;
    }

    void focusNote() {
        note.requestFocus();
    }

    void addNote() {
        String text = note.getText();
        if (text != null && !text.isBlank()) {
            vm.writes().addNote(text);
            note.clear();
        }
    }

    private void selected(java.util.function.Consumer<TimelineRow> action) {
        TimelineRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }

    /** A note's text without the "(edited n×)" the row shows. */
    private static String current(TimelineRow row) {
        return row.text().replaceFirst(" \\(edited \\d+×\\)$", "");
    }

    private static final class RowCell extends ListCell<TimelineRow> {
        @Override
        protected void updateItem(TimelineRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(Styles.INCIDENT_PINNED);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = new FontIcon(row.icon());
            Label when = new Label(row.utc() + "  (" + row.local() + ")");
            when.getStyleClass().add(Styles.MUTED);
            Label who = new Label(row.actor());
            who.getStyleClass().add(Styles.INCIDENT_FIELD);
            Label text = new Label(row.text());
            text.setWrapText(true);
            VBox body = new VBox(2, new HBox(8, when, who, new Label(row.label())), text);
            if (!row.history().isEmpty()) {
                Label history = new Label(row.history());
                history.getStyleClass().add(Styles.MUTED);
                body.getChildren().add(history);
            }
            HBox line = new HBox(8, icon, body);
            if (row.pinned()) {
                line.getChildren().add(new FontIcon("mdi2p-pin"));
                getStyleClass().add(Styles.INCIDENT_PINNED);
            }
            setText(null);
            setGraphic(line);
        }
    }
}
