package dev.clio.console.alerts;

import dev.clio.console.common.ActiveIncident;
import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Session;
import dev.clio.kpi.AlertEngine;
import dev.clio.kpi.AlertRule;
import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.KpiState;
import dev.clio.ops.Incidents;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The alerts view's state: a row per rule (most urgent first), the selected alert, the history, and the outcome of
 * the last command. Acknowledge and silence go to the session's one {@link AlertEngine} off the UI thread and then
 * republish, so every view sees them. No controls; properties change on the UI thread only.
 */
public final class AlertsViewModel {

    private final Supplier<AlertEngine> engine;
    private final Runnable republish;
    private final Supplier<String> who;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final ObservableList<AlertRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    // one wrapper each: an unmodifiable view listens weakly, so a fresh one per call could lose its listeners
    private final ObservableList<AlertRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<HistoryRow> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyObjectWrapper<AlertRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Waiting for the first "
            + "evaluation…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private AlertSnapshot last;
    private Instant renderedAt = Instant.MIN;
    private String selectedId;

    /**
     * @param engine the current session's alert engine, or null with no session
     * @param republish publishes the engine's state to every view after a change
     * @param who the name recorded with an acknowledgement or silence; read on the UI thread
     */
    public AlertsViewModel(Supplier<AlertEngine> engine, Runnable republish, Supplier<String> who, Executor io,
            Executor ui, Clock clock) {
        this.engine = engine;
        this.republish = republish;
        this.who = who;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
    }

    /** The view model over the console's shared engine; who is the OS user, or the user at a remote connection. */
    private dev.clio.console.common.ActiveIncident incident;

    public static AlertsViewModel of(ConsoleContext context) {
        AlertsViewModel vm = new AlertsViewModel(() -> context.kpis().engine(), () -> context.kpis().republish(),
                () -> responder(context.sessions().current(), System.getProperty("user.name")), context.io(),
                context.ui(), context.clock());
        if (context.incident() != null) {
            vm.recordInto(context.incident());
        }
        return vm;
    }

    /** Acknowledgements are also entries of the active incident's timeline (docs/incidents.md). */
    public void recordInto(dev.clio.console.common.ActiveIncident activeIncident) {
        incident = activeIncident;
    }

    /** The OS user for the embedded engine; for a server, the OS user at that connection ("alice via prod"). */
    static String responder(Session session, String osUser) {
        String user = osUser == null || osUser.isBlank() ? "unknown" : osUser.strip();
        return session == null || session.embedded() ? user : user + " via " + session.name();
    }

    // Properties

    /** Every rule's alert, most urgent first; replaced as a whole on each update. */
    public ObservableList<AlertRow> rows() {
        return rowsView;
    }

    /** State changes, acknowledgements and silences, newest first. */
    public ObservableList<HistoryRow> history() {
        return historyView;
    }

    /** The alert the detail pane shows: the one chosen, else the most urgent; null before the first update. */
    public ReadOnlyObjectProperty<AlertRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last command did, e.g. "Acknowledged Service Down as alice". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last command failed, as a sentence; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** Applies one evaluation as one update. */
    public void apply(AlertSnapshot snapshot) {
        last = snapshot;
        render();
    }

    /**
     * Moves the countdowns on when no evaluation came for a second (e.g. a slow source); cheap to call every second,
     * since it does nothing while updates keep coming.
     */
    public void tick() {
        if (last != null && !clock.instant().isBefore(renderedAt.plusSeconds(1))) {
            render();
        }
    }

    public void select(String ruleId) {
        if (ruleId != null) {
            selectedId = ruleId;
            selected.set(rows.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElse(selected.get()));
        }
    }

    public void acknowledge(String ruleId, String note) {
        String by = who.get();
        String title = title(ruleId);
        run(e -> e.acknowledge(ruleId, by, blankToNull(note)), "Acknowledged " + title + " as " + by, () -> {
            if (incident != null) {
                java.util.Map<String, Object> payload = new java.util.LinkedHashMap<>();
                payload.put("alert_id", ruleId);
                payload.put("alert", title);
                payload.put("by", by);
                payload.put("note", blankToNull(note));
                incident.record(dev.clio.ops.Incidents.EventKind.ACKNOWLEDGEMENT, payload);
            }
        });
    }

    public void silence(String ruleId, Duration duration, String comment) {
        String by = who.get();
        run(e -> e.silence(ruleId, clock.instant().plus(duration), by, blankToNull(comment)),
                "Silenced " + title(ruleId) + " for " + AlertTexts.countdown(duration));
    }

    public void silenceUntilRecovered(String ruleId, String comment) {
        String by = who.get();
        run(e -> e.silenceUntilRecovered(ruleId, by, blankToNull(comment)),
                "Silenced " + title(ruleId) + " until it recovers");
    }

    public void unsilence(String ruleId) {
        String by = who.get();
        run(e -> e.unsilence(ruleId, by) ? Boolean.TRUE : Boolean.FALSE, "Ended the silence of " + title(ruleId));
    }

    /**
     * Declares an incident from the alert in one step: its title, the severity the seed suggests for the alert's, and
     * what the alert saw (condition, reason, KPI value, times) recorded as the detection entry. The new incident
     * becomes the active one; {@code opened} runs once it is committed.
     */
    public void declareIncident(String ruleId, ActiveIncident incidents, Runnable opened) {
        AlertStatus status = last == null ? null : last.alert(ruleId);
        if (status == null) {
            problem.set("That alert is no longer known; wait for the next evaluation and try again.");
            return;
        }
        problem.set("");
        incidents.declare(incidentRequest(status, last), incident -> {
            message.set("Declared " + incident.id() + " from " + status.rule().title());
            opened.run();
        }, problem::set);
    }

    static Incidents.OpenRequest incidentRequest(AlertStatus status, AlertSnapshot snapshot) {
        AlertRule rule = status.rule();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rule", rule.id());
        values.put("state", status.state().name().toLowerCase(java.util.Locale.ROOT));
        values.put("condition", rule.condition().describe());
        putIfPresent(values, "reason", status.reason());
        putIfPresent(values, "since", status.since());
        putIfPresent(values, "fired_at", status.firedAt());
        KpiState kpi = rule.condition().kpi() == null ? null : snapshot.kpi(rule.condition().kpi());
        if (kpi != null && kpi.value() != null) {
            values.put("kpi", kpi.id());
            values.put("value", kpi.value());
            putIfPresent(values, "unit", kpi.unit());
        }
        String severity = rule.severity().name().toLowerCase(java.util.Locale.ROOT);
        String impact = status.reason() == null ? rule.condition().describe() : status.reason();
        return new Incidents.OpenRequest(rule.title(), Incidents.suggestedSeverity(severity), impact,
                new Incidents.SourceAlert(rule.id(), severity, values), status.firedAt());
    }

    private static void putIfPresent(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.put(key, value instanceof Instant i ? i.toString() : value);
        }
    }

    private void run(Function<AlertEngine, Object> call, String done) {
        run(call, done, () -> { });
    }

    private void run(Function<AlertEngine, Object> call, String done, Runnable afterSuccess) {
        AlertEngine e = engine.get();
        if (e == null) {
            problem.set("No connection is open, so there is no alert to change.");
            return;
        }
        problem.set("");
        Background.call(() -> {
            Object result = call.apply(e);
            republish.run();
            return result;
        }).onSuccess(result -> {
            message.set(done);
            afterSuccess.run();
        }).onError(sentence -> {
            message.set("");
            problem.set(sentence);
        }).runOn(io, ui);
    }

    private void render() {
        Instant now = clock.instant();
        renderedAt = now;
        List<AlertRow> next = AlertRows.rows(last, now);
        AlertRow chosen = next.stream().filter(r -> r.ruleId().equals(selectedId)).findFirst()
                .orElse(next.isEmpty() ? null : next.get(0));
        selectedId = chosen == null ? null : chosen.ruleId();
        selected.set(chosen);
        rows.setAll(next);
        List<HistoryRow> events = AlertRows.history(last);
        if (!events.equals(history)) {
            history.setAll(events);
        }
        summary.set(AlertRows.summary(next));
    }

    private String title(String ruleId) {
        return rows.stream().filter(r -> r.ruleId().equals(ruleId)).map(AlertRow::title).findFirst().orElse(ruleId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
