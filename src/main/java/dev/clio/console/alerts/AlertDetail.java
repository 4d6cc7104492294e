package dev.clio.console.alerts;

import dev.clio.console.common.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected alert in full, with what can be done about it. */
final class AlertDetail {

    private final VBox root = new VBox(10);
    private final Label title = label("alerts-detail-title", Styles.ALERT_TITLE);
    private final Label subtitle = label("alerts-detail-state", null);
    private final Label response = label("alerts-detail-response", Styles.ALERT_COUNTDOWN);
    private final Label condition = value("alerts-detail-condition");
    private final Label reason = value("alerts-detail-reason");
    private final Label pendingFor = value("alerts-detail-for");
    private final Label target = value("alerts-detail-target");
    private final Label runbook = value("alerts-detail-runbook");
    private final Label acknowledgement = value("alerts-detail-ack");
    private final Label silence = value("alerts-detail-silence");

    AlertDetail(AlertsViewModel vm, Button acknowledge, MenuButton silenceMenu, Button unsilence, Button runbookButton,
            Button declare) {
        root.setId("alerts-detail");
        root.getStyleClass().add(Styles.ALERT_DETAIL);
        root.setMinWidth(320);
        GridPane fields = new GridPane();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(names, texts);
        fields.setHgap(10);
        fields.setVgap(6);
        String[] captions = {"Condition", "Seen", "Pending for", "Response target", "Runbook procedure",
            "Acknowledged", "Silenced"};
        Label[] values = {condition, reason, pendingFor, target, runbook, acknowledgement, silence};
        for (int i = 0; i < captions.length; i++) {
            Label name = new Label(captions[i]);
            name.getStyleClass().add(Styles.ALERT_FIELD);
            fields.addRow(i, name, values[i]);
        }
        FlowPane buttons = new FlowPane(8, 8, acknowledge, silenceMenu, unsilence, runbookButton, declare);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        Label message = label("alerts-message", Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        Label problem = label("alerts-problem", Styles.CRIT);
        problem.textProperty().bind(vm.problemProperty());
        root.getChildren().addAll(title, subtitle, response, fields, buttons, message, problem);
        vm.selectedProperty().addListener((obs, old, now) -> show(now));
        show(vm.selectedProperty().get());
    }

    VBox node() {
        return root;
    }

    private void show(AlertRow row) {
        if (row == null) {
            title.setText("No alert selected");
            subtitle.setText("Alerts appear after the first KPI refresh.");
            List.of(response, condition, reason, pendingFor, target, runbook, acknowledgement, silence)
                    .forEach(l -> l.setText(""));
            return;
        }
        title.setText(row.title());
        subtitle.setText(AlertTexts.lower(row.severity()) + " · " + AlertTexts.lower(row.state()) + " since "
                + row.since());
        restyle(subtitle, AlertTable.stateStyle(row));
        response.setText(row.response());
        response.setVisible(!row.response().isEmpty());
        response.setManaged(!row.response().isEmpty());
        restyle(response, row.overdue() ? Styles.CRIT : row.acknowledged() ? Styles.OK : Styles.WARN);
        condition.setText(row.condition());
        reason.setText(row.reason());
        pendingFor.setText(row.pendingFor());
        target.setText("respond within " + row.responseTarget() + " once firing");
        runbook.setText(row.runbook().isEmpty() ? "none linked" : row.runbook());
        acknowledgement.setText(row.acknowledged() ? row.acknowledgement().replaceFirst("^acknowledged ", "")
                : "not acknowledged");
        silence.setText(row.silenced() ? row.silence().replaceFirst("^silenced ", "") : "not silenced");
    }

    private static void restyle(Label label, String styleClass) {
        label.getStyleClass().removeAll(Styles.CRIT, Styles.WARN, Styles.OK, Styles.MUTED);
        label.getStyleClass().add(styleClass);
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    private static Label value(String id) {
        return label(id, null);
    }
}
