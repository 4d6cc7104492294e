package dev.clio.console.incidents;

import dev.clio.console.common.Styles;
import dev.clio.ops.Incidents.Incident;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The seed's post-incident fields (root cause, resolution, preventive measures) and Resolve; once resolved, the
 * post-mortem due date and checklist when the severity is above medium.
 */
final class ResolutionPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final VBox root = new VBox(8);
    private final TextArea rootCause = area("incident-root-cause", "What caused it");
    private final TextArea resolution = area("incident-resolution", "What fixed it");
    private final TextArea preventive = area("incident-preventive", "What keeps it from happening again");
    private final Label followUps = new Label();
    private final Button resolve = new Button("Resolve", new FontIcon("mdi2c-check-circle-outline"));
    private String shownId;

    ResolutionPane(IncidentsViewModel vm) {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, field("Root cause"), rootCause);
        form.addRow(1, field("Resolution"), resolution);
        form.addRow(2, field("Preventive measures"), preventive);
        GridPane.setHgrow(rootCause, Priority.ALWAYS);
        resolve.setId("incident-resolve");
        resolve.setOnAction(e -> vm.writes().resolve(rootCause.getText(), resolution.getText(),
                preventive.getText()));
        followUps.setId("incident-follow-ups");
        followUps.setWrapText(true);
        root.getChildren().addAll(form, resolve, followUps);
        vm.selectedProperty().addListener((obs, old, now) -> show(now, vm.disabledReasonProperty().get()));
        vm.disabledReasonProperty().addListener((obs, old, now) -> show(vm.selectedProperty().get(), now));
    }

    VBox node() {
        return root;
    }

    private void show(Incident incident, String disabled) {
        if (incident == null) {
            shownId = null;
            return;
        }
        // the fields are the user's while they type; they are filled from the store when another incident shows
        // or once it is resolved
        if (!incident.id().equals(shownId) || incident.resolved()) {
            rootCause.setText(nullToEmpty(incident.rootCause()));
            resolution.setText(nullToEmpty(incident.resolution()));
            preventive.setText(nullToEmpty(incident.preventiveMeasures()));
            shownId = incident.id();
        }
        resolve.setDisable(incident.resolved() || disabled != null);
        resolve.setText(incident.resolved() ? "Resolved" : "Resolve");
        StringBuilder text = new StringBuilder();
        if (incident.timing() != null && incident.timing().postMortemDue() != null) {
            text.append("Post-mortem due ").append(DAY.format(incident.timing().postMortemDue())).append('\n');
        } else if (!incident.resolved() && incident.severity().needsPostMortem()) {
            text.append("A post-mortem will be due 7 days after resolution (severity above medium).\n");
        }
        incident.followUps().forEach(f -> text.append("☐ ").append(f).append('\n'));
        followUps.setText(text.toString().strip());
    }

    private static Label field(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.INCIDENT_FIELD);
        return label;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
