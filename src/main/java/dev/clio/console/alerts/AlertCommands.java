package dev.clio.console.alerts;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Acknowledge, Silence (15 min, 1 h, 4 h, until recovered) and Unsilence for the selected alert: the buttons, the
 * note/comment dialog, "Open runbook" (the Runbooks view with this alert's context), Declare incident, which
 * declares one from the selected alert in one click (through the shared active-incident service) and opens it, and
 * the same commands in the palette with their shortcuts.
 */
final class AlertCommands {

    static final String ACKNOWLEDGE_KEYS = "Shortcut+Shift+A";
    static final String SILENCE_KEYS = "Shortcut+Shift+S";
    static final String UNSILENCE_KEYS = "Shortcut+Shift+U";
    static final String RUNBOOK_KEYS = "Shortcut+Shift+R";
    static final String ICON_RUNBOOK = "mdi2b-book-open-page-variant-outline";
    static final String ICON_ACKNOWLEDGE = "mdi2b-bell-check-outline";
    static final String ICON_SILENCE = "mdi2b-bell-off-outline";
    static final String ICON_UNSILENCE = "mdi2b-bell-ring-outline";
    static final String ICON_DECLARE = "mdi2a-alert-octagon-outline";

    private record Period(String id, String label, Duration durationOrNull) {
    }

    private static final List<Period> PERIODS = List.of(new Period("15m", "15 min", Duration.ofMinutes(15)),
            new Period("1h", "1 h", Duration.ofHours(1)), new Period("4h", "4 h", Duration.ofHours(4)),
            new Period("recovered", "until recovered", null));

    private final ConsoleContext context;
    private final AlertsViewModel vm;
    private final Node owner;
    private final Button acknowledge = new Button("Acknowledge…", new FontIcon(ICON_ACKNOWLEDGE));
    private final MenuButton silence = new MenuButton("Silence", new FontIcon(ICON_SILENCE));
    private final Button unsilence = new Button("Unsilence", new FontIcon(ICON_UNSILENCE));
    private final Button declare = new Button("Declare incident", new FontIcon(ICON_DECLARE));
    private final Button runbook = new Button("Open runbook", new FontIcon(ICON_RUNBOOK));
    private final List<ConsoleAction> actions = new ArrayList<>();

    AlertCommands(ConsoleContext context, AlertsViewModel vm, Node owner) {
        this.context = context;
        this.vm = vm;
        this.owner = owner;
        acknowledge.setId("alerts-acknowledge");
        acknowledge.setTooltip(tip("Record that you are responding, with a note; stops the response-time clock",
                ACKNOWLEDGE_KEYS));
        acknowledge.setOnAction(e -> acknowledgeSelected());
        silence.setId("alerts-silence");
        silence.setTooltip(tip("Mute the alert's notifications for a while or until it recovers", SILENCE_KEYS));
        for (Period p : PERIODS) {
            MenuItem item = new MenuItem(p.label());
            item.setId("alerts-silence-" + p.id());
            item.setOnAction(e -> silenceSelected(p));
            silence.getItems().add(item);
        }
        unsilence.setId("alerts-unsilence");
        unsilence.setTooltip(tip("End the selected alert's silence now", UNSILENCE_KEYS));
        unsilence.setOnAction(e -> unsilenceSelected());
        declare.setId("alerts-declare-incident");
        declare.setTooltip(new Tooltip("Declare an incident from this alert: severity suggested from it, what it saw "
                + "recorded as the detection; it becomes the active incident"));
        declare.setOnAction(e -> declareSelected());
        runbook.setId("alerts-open-runbook");
        runbook.setTooltip(tip("Show the runbook procedure for this alert, with its values and since when",
                RUNBOOK_KEYS));
        runbook.setOnAction(e -> openRunbook());
        vm.selectedProperty().addListener((obs, old, now) -> enable(now));
        enable(vm.selectedProperty().get());
        register();
    }

    Button acknowledgeButton() {
        return acknowledge;
    }

    MenuButton silenceButton() {
        return silence;
    }

    Button unsilenceButton() {
        return unsilence;
    }

    Button declareButton() {
        return declare;
    }

    Button runbookButton() {
        return runbook;
    }

    private void register() {
        actions.add(action("alerts.acknowledge", "Acknowledge selected", ACKNOWLEDGE_KEYS,
                "Acknowledge the selected alert with a note", this::acknowledgeSelected));
        actions.add(action("alerts.silence", "Silence selected…", SILENCE_KEYS,
                "Choose how long to silence the selected alert", silence::show));
        for (Period p : PERIODS) {
            actions.add(action("alerts.silence." + p.id(), "Silence selected " + (p.durationOrNull() == null
                    ? p.label() : "for " + p.label()), null, "Silence the selected alert with a comment",
                    () -> silenceSelected(p)));
        }
        actions.add(action("alerts.unsilence", "Unsilence selected", UNSILENCE_KEYS,
                "End the selected alert's silence", this::unsilenceSelected));
        actions.add(action("alerts.declare-incident", "Declare incident from selected", null,
                "Declare an incident from the selected firing alert and open it", this::declareSelected));
        actions.add(new ConsoleAction("alerts.open-runbook", "Alerts", "Open runbook of selected", RUNBOOK_KEYS,
                "Show the runbook procedure for the selected alert", this::openRunbook));
        actions.forEach(context.actions()::register);
    }

    private ConsoleAction action(String id, String title, String keys, String description, Runnable run) {
        return new ConsoleAction(id, "Alerts", title, keys, description, () -> {
            // from the palette or a shortcut on another view: show what is being acted on first
            context.navigator().show("alerts");
            run.run();
        });
    }

    private void acknowledgeSelected() {
        AlertRow row = vm.selectedProperty().get();
        if (row != null && row.active()) {
            CommentDialog.ask(owner, "Acknowledge", "Acknowledge “" + row.title() + "”", "Note (optional):",
                    note -> vm.acknowledge(row.ruleId(), note));
        }
    }

    private void silenceSelected(Period p) {
        AlertRow row = vm.selectedProperty().get();
        if (row == null || p.durationOrNull() == null && !row.active()) {
            return;
        }
        String how = p.durationOrNull() == null ? p.label() : "for " + p.label();
        CommentDialog.ask(owner, "Silence", "Silence “" + row.title() + "” " + how, "Comment (optional):", comment -> {
            if (p.durationOrNull() == null) {
                vm.silenceUntilRecovered(row.ruleId(), comment);
            } else {
                vm.silence(row.ruleId(), p.durationOrNull(), comment);
            }
        });
    }

    private void unsilenceSelected() {
        AlertRow row = vm.selectedProperty().get();
        if (row != null && row.silenced()) {
            vm.unsilence(row.ruleId());
        }
    }

    private void declareSelected() {
        AlertRow row = vm.selectedProperty().get();
        if (row != null && row.active()) {
            vm.declareIncident(row.ruleId(), context.incident(), () -> context.navigator().show("incidents"));
        }
    }

    /** The Runbooks view finds the runbook that answers this rule and shows what the operator saw here. */
    private void openRunbook() {
        AlertRow row = vm.selectedProperty().get();
        if (row != null) {
            context.runbookRequests().open(AlertTexts.runbookRequest(row));
        }
    }

    private void enable(AlertRow row) {
        declare.setDisable(row == null || !row.active());
        acknowledge.setDisable(row == null || !row.active());
        silence.setDisable(row == null);
        silence.getItems().get(PERIODS.size() - 1).setDisable(row == null || !row.active());
        unsilence.setDisable(row == null || !row.silenced());
        runbook.setDisable(row == null);
    }

    private static Tooltip tip(String text, String keys) {
        return new Tooltip(text + " (" + KeyCombination.valueOf(keys).getDisplayText() + ")");
    }
}
