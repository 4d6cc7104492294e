package dev.clio.console.incidents;

import dev.clio.console.common.Styles;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Incident;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The session's incidents, open ones first, with status and severity filters; choosing one opens it. */
final class IncidentList {

    private static final String ALL_STATUSES = "all statuses";
    private static final String ALL_SEVERITIES = "all severities";

    private final VBox root = new VBox(8);
    private final ListView<Incident> list;

    IncidentList(IncidentsViewModel vm, java.util.function.Supplier<String> activeId) {
        list = new ListView<>(vm.incidents());
        list.setId("incidents-list");
        list.getStyleClass().add(Styles.INCIDENT_LIST);
        Label none = new Label("No incidents. Declare one when something is wrong.");
        none.setWrapText(true);
        none.setPadding(new javafx.geometry.Insets(12));
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        list.setPlaceholder(none);
        list.setCellFactory(v -> new IncidentCell(activeId));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now.id());
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != null
                    && !list.getSelectionModel().getSelectedItem().id().equals(now.id())) {
                list.getItems().stream().filter(i -> i.id().equals(now.id())).findFirst()
                        .ifPresent(i -> list.getSelectionModel().select(i));
            }
        });
        ComboBox<String> status = filter("incidents-status-filter", ALL_STATUSES, labels(Incidents.Status.values()));
        status.valueProperty().addListener((obs, old, now) -> vm.statusFilter(ALL_STATUSES.equals(now) ? null
                : Incidents.Status.parse(now)));
        ComboBox<String> severity = filter("incidents-severity-filter", ALL_SEVERITIES,
                labels(Incidents.Severity.values()));
        severity.valueProperty().addListener((obs, old, now) -> vm.severityFilter(ALL_SEVERITIES.equals(now) ? null
                : Incidents.Severity.parse(now)));
        HBox filters = new HBox(6, status, severity);
        root.getChildren().addAll(filters, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setMinWidth(260);
        root.setPrefWidth(320);
    }

    VBox node() {
        return root;
    }

    private static ComboBox<String> filter(String id, String allLabel, List<String> values) {
        List<String> all = new ArrayList<>(List.of(allLabel));
        all.addAll(values);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(all));
        box.setId(id);
        box.setValue(allLabel);
        return box;
    }

    private static List<String> labels(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static final class IncidentCell extends ListCell<Incident> {
        private final java.util.function.Supplier<String> activeId;

        IncidentCell(java.util.function.Supplier<String> activeId) {
            this.activeId = activeId;
        }

        @Override
        protected void updateItem(Incident item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add(Styles.INCIDENT_FIELD);
            Label sev = new Label(item.severity().label());
            sev.getStyleClass().add(Styles.INCIDENT_SEVERITY_PREFIX + item.severity().label());
            boolean active = item.id().equals(activeId.get());
            Label meta = new Label(item.id() + " · " + item.status().label() + (active ? " · active" : ""));
            meta.getStyleClass().add(Styles.MUTED);
            setText(null);
            setGraphic(new VBox(2, new HBox(8, sev, title), meta));
        }
    }
}
