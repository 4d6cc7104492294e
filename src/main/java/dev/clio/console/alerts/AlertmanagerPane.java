package dev.clio.console.alerts;

import dev.clio.console.common.ConfirmationDialog;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Session;
import dev.clio.console.common.Styles;
import dev.clio.integrations.alertmanager.AmAlert;
import dev.clio.integrations.alertmanager.AmSilence;
import dev.clio.integrations.alertmanager.Matcher;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Alerts view's second source: the connection's Alertmanager, its alerts beside its silences, with Silence and
 * Expire behind a confirmation that names the Alertmanager, the matchers and the connection's environment.
 */
final class AlertmanagerPane {

    private final ConsoleContext context;
    private final AlertmanagerViewModel vm;
    private final VBox root = new VBox(6);
    private final TableView<AmRows.AlertLine> alerts;
    private final TableView<AmRows.SilenceLine> silences;
    private final Button silence = new Button("Silence…", new FontIcon(AlertCommands.ICON_SILENCE));
    private final Button expire = new Button("Expire silence", new FontIcon(AlertCommands.ICON_UNSILENCE));

    AlertmanagerPane(ConsoleContext context, AlertmanagerViewModel vm) {
        this.context = context;
        this.vm = vm;
        root.setId("alertmanager-pane");
        root.getStyleClass().add(Styles.ALERTMANAGER_PANE);
        alerts = AmTables.alerts(vm);
        silences = AmTables.silences(vm);
        Label title = new Label("Alertmanager");
        title.getStyleClass().add(Styles.ALERT_FIELD);
        Label status = new Label();
        status.setId("alertmanager-status");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(vm.statusProperty());
        Label problem = new Label();
        problem.setId("alertmanager-problem");
        problem.getStyleClass().add(Styles.CRIT);
        problem.textProperty().bind(Bindings.when(vm.problemProperty().isEmpty()).then(vm.messageProperty())
                .otherwise(vm.problemProperty()));
        problem.setWrapText(true);
        silence.setId("alertmanager-silence");
        silence.setOnAction(e -> silenceSelected());
        expire.setId("alertmanager-expire");
        expire.setOnAction(e -> expireSelected());
        enable();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, status, gap, silence, expire);
        header.setAlignment(Pos.CENTER_LEFT);
        SplitPane tables = new SplitPane(alerts, silences);
        // the alerts have the most columns; the silences keep what their four need
        silences.setMinWidth(420);
        silences.setMaxWidth(480);
        SplitPane.setResizableWithParent(silences, false);
        tables.setDividerPositions(0.7);
        VBox.setVgrow(tables, Priority.ALWAYS);
        root.getChildren().setAll(header, tables, problem);
        root.visibleProperty().bind(vm.configuredProperty());
        root.managedProperty().bind(vm.configuredProperty());
        register();
    }

    Node node() {
        return root;
    }

    private void enable() {
        BooleanBinding viewer = vm.disabledReasonProperty().isNotEmpty();
        silence.disableProperty().bind(alerts.getSelectionModel().selectedItemProperty().isNull().or(viewer));
        expire.disableProperty().bind(silences.getSelectionModel().selectedItemProperty().isNull().or(viewer));
        silence.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(viewer.get()
                ? vm.disabledReasonProperty().get() : "Create a silence in Alertmanager for exactly the selected "
                + "alert's labels"), viewer));
        expire.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(viewer.get()
                ? vm.disabledReasonProperty().get() : "Expire the selected silence in Alertmanager now"), viewer));
    }

    private void register() {
        for (ConsoleAction a : List.of(
                action("alerts.alertmanager.silence", "Silence selected Alertmanager alert…",
                        "Create an Alertmanager silence for the selected alert", this::silenceSelected),
                action("alerts.alertmanager.expire", "Expire selected Alertmanager silence",
                        "Expire the selected silence in Alertmanager", this::expireSelected),
                action("alerts.alertmanager.refresh", "Refresh Alertmanager alerts",
                        "Read Alertmanager's alerts and silences now", vm::refresh))) {
            context.actions().register(a);
        }
    }

    private ConsoleAction action(String id, String title, String description, Runnable run) {
        return new ConsoleAction(id, "Alerts", title, null, description, () -> {
            context.navigator().show("alerts");
            run.run();
        });
    }

    private void silenceSelected() {
        AmRows.AlertLine line = alerts.getSelectionModel().getSelectedItem();
        Session session = context.sessions().current();
        if (line == null || session == null || silence.isDisabled()) {
            return;
        }
        AmAlert alert = line.alert();
        String creator = AlertsViewModel.responder(session, System.getProperty("user.name"));
        SilenceDialog.ask(root, "Silence “" + alert.name() + "” in Alertmanager", creator, (end, comment) ->
                ConfirmationDialog.ask(root, request("create silence", matchers(alert.matchers()), alert.name(),
                        session), "silences", () -> vm.silence(alert, end, comment)));
    }

    private void expireSelected() {
        AmRows.SilenceLine line = silences.getSelectionModel().getSelectedItem();
        Session session = context.sessions().current();
        if (line == null || session == null || expire.isDisabled()) {
            return;
        }
        AmSilence s = line.silence();
        String challenge = s.matchers().stream().filter(m -> m.name().equals("alertname")).map(Matcher::value)
                .findFirst().orElse(s.id());
        ConfirmationDialog.ask(root, request("expire silence", s.matcherText(), challenge, session), "silences",
                () -> vm.expire(s));
    }

    /** The target is the matcher set; on production the user types the alert's name (a matcher set is too long). */
    private ConfirmationRequest request(String operation, String target, String challenge, Session session) {
        return new ConfirmationRequest(operation, List.of(target), "Alertmanager " + vm.url() + " (connection "
                + session.name() + ")", session.environment(), session.production() ? challenge : null);
    }

    private static String matchers(List<Matcher> matchers) {
        return "{" + String.join(", ", matchers.stream().map(Matcher::toString).toList()) + "}";
    }
}
