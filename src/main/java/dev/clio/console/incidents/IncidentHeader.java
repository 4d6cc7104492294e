package dev.clio.console.incidents;

import dev.clio.console.common.Styles;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected incident's header: id and title, severity (changed with a reason), status with its next transition
 * (and reopen), the clock against the seed's response phases, the next-update countdown, and "Make active".
 */
final class IncidentHeader {

    private final IncidentsViewModel vm;
    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final Label status = new Label();
    private final ComboBox<Severity> severity = new ComboBox<>(FXCollections.observableArrayList(Severity.values()));
    private final Button advance = new Button();
    private final Button reopen = new Button("Reopen…", new FontIcon("mdi2b-backup-restore"));
    private final Label elapsed = new Label();
    private final Label respond = new Label();
    private final Label countdown = new Label();
    private final HBox phases = new HBox(6);
    private boolean applying;

    IncidentHeader(IncidentsViewModel vm, Button makeActive) {
        this.vm = vm;
        title.setId("incident-title");
        title.getStyleClass().add(Styles.INCIDENT_TITLE);
        title.setWrapText(true);
        status.setId("incident-status");
        severity.setId("incident-severity");
        severity.setButtonCell(new SeverityCell(false));
        severity.setCellFactory(list -> new SeverityCell(true));
        severity.setTooltip(new Tooltip("Change the severity; you are asked why, and the timeline records it"));
        severity.valueProperty().addListener((obs, old, now) -> severityPicked(old, now));
        advance.setId("incident-advance");
        advance.setGraphic(new FontIcon("mdi2a-arrow-right-bold-outline"));
        advance.setOnAction(e -> advance());
        reopen.setId("incident-reopen");
        reopen.setOnAction(e -> Ask.text(root, "Reopen", "Reopen " + vm.selectedProperty().get().id(),
                "Why:", "", why -> vm.writes().changeStatus(Status.INVESTIGATING, why)));
        elapsed.setId("incident-elapsed");
        respond.setId("incident-respond");
        respond.getStyleClass().add(Styles.MUTED);
        countdown.setId("incident-countdown");
        phases.setId("incident-phases");
        // the list describes each severity at length; the button shows the label only, at a fixed width
        severity.setPrefWidth(130);
        for (var fixed : new javafx.scene.control.Control[] {status, advance, reopen, makeActive}) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox line = new HBox(10, severity, status, advance, reopen, makeActive);
        line.setAlignment(Pos.CENTER_LEFT);
        FlowPane clock = new FlowPane(14, 4, elapsed, countdown, respond);
        root.getChildren().addAll(title, line, phases, clock);
        vm.selectedProperty().addListener((obs, old, now) -> show(now));
        vm.timingProperty().addListener((obs, old, now) -> showTiming(now));
        vm.disabledReasonProperty().addListener((obs, old, now) -> show(vm.selectedProperty().get()));
        show(vm.selectedProperty().get());
    }

    VBox node() {
        return root;
    }

    /** The transition offered from a status: the seed's order, nothing after monitoring but resolving. */
    static Status next(Status status) {
        return switch (status) {
            case INVESTIGATING -> Status.IDENTIFIED;
            case IDENTIFIED -> Status.MONITORING;
            case MONITORING, RESOLVED -> null;
        };
    }

    private void show(Incident incident) {
        boolean none = incident == null;
        String disabled = vm.disabledReasonProperty().get();
        root.setVisible(!none);
        if (none) {
            return;
        }
        title.setText(incident.id() + " · " + incident.title());
        status.setText(incident.status().label());
        applying = true;
        severity.setValue(incident.severity());
        applying = false;
        severity.getStyleClass().removeIf(c -> c.startsWith(Styles.INCIDENT_SEVERITY_PREFIX));
        severity.getStyleClass().add(Styles.INCIDENT_SEVERITY_PREFIX + incident.severity().label());
        Status next = next(incident.status());
        advance.setVisible(next != null);
        advance.setManaged(next != null);
        advance.setText(next == null ? "" : "Mark " + next.label() + "…");
        reopen.setVisible(incident.resolved());
        reopen.setManaged(incident.resolved());
        for (var control : new javafx.scene.control.Control[] {severity, advance, reopen}) {
            control.setDisable(disabled != null || control == severity && incident.resolved());
        }
        if (disabled != null) {
            advance.setTooltip(new Tooltip(disabled));
        }
    }

    private void showTiming(IncidentTiming timing) {
        if (timing == null) {
            return;
        }
        elapsed.setText(timing.elapsed());
        respond.setText(timing.respond());
        countdown.setText(timing.countdown());
        countdown.getStyleClass().removeAll(Styles.CRIT, Styles.MUTED);
        countdown.getStyleClass().add(timing.updateDue() ? Styles.CRIT : Styles.MUTED);
        phases.getChildren().setAll(timing.phases().stream().map(p -> {
            Label phase = new Label(p.text());
            phase.setId("incident-phase-" + p.phase().label());
            phase.getStyleClass().add(Styles.INCIDENT_PHASE);
            if (p.current()) {
                phase.getStyleClass().add(Styles.INCIDENT_PHASE_CURRENT);
            } else if (p.past()) {
                phase.getStyleClass().add(Styles.INCIDENT_PHASE_PAST);
            }
            return phase;
        }).toList());
    }

    private void advance() {
        Incident incident = vm.selectedProperty().get();
        Status next = incident == null ? null : next(incident.status());
        if (next != null) {
            Ask.text(root, "Status", incident.id() + ": " + incident.status().label() + " → " + next.label(),
                    "Why (optional):", "", why -> vm.writes().changeStatus(next, why));
        }
    }

    /** The label on the button, the seed's definition in the list. */
    private static final class SeverityCell extends javafx.scene.control.ListCell<Severity> {
        private final boolean described;

        SeverityCell(boolean described) {
            this.described = described;
        }

        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : described ? DeclareDialog.describe(item) : item.label());
        }
    }

    private void severityPicked(Severity old, Severity now) {
        Incident incident = vm.selectedProperty().get();
        if (applying || incident == null || now == null || now == incident.severity()) {
            return;
        }
        Ask.text(root, "Severity", incident.id() + ": severity " + incident.severity().label() + " → "
                + now.label(), "Why:", "", why -> vm.writes().changeSeverity(now, why));
        // the combo shows what is stored until the change has been made and read back
        applying = true;
        severity.setValue(incident.severity());
        applying = false;
    }
}
