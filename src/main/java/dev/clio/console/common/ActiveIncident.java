package dev.clio.console.common;

import dev.clio.ops.Incidents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one incident the console's actions are recorded into, for the current session: chosen in the Incidents view
 * (or by declaring one), shown in the status bar, forgotten when the session changes. Other views write to its
 * timeline with {@link #record}, which goes through Operations off the UI thread; listeners see an entry only after
 * the store committed it. Declaring (by hand or from an alert) is here too, so that no feature imports another.
 * UI thread only, except that the calls themselves run on the IO executor.
 */
public final class ActiveIncident {

    private final SessionHolder sessions;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Incidents.Incident> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final List<Consumer<Incidents.Event>> recorded = new ArrayList<>();
    private volatile String activeId;

    public ActiveIncident(SessionHolder sessions, Executor io, Executor ui) {
        this.sessions = sessions;
        this.io = io;
        this.ui = ui;
        active.addListener((obs, old, now) -> activeId = now == null ? null : now.id());
        sessions.currentProperty().addListener((obs, old, now) -> {
            if (old != now) {
                activate(null);
            }
        });
    }

    // Properties

    /** The active incident as last read or written by this console; null when none is active. */
    public ReadOnlyObjectProperty<Incidents.Incident> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** {@code INC-20261201100000 · high · investigating}, or empty: what the status bar shows. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** Why the last recording or declaration failed, as a sentence; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The active incident's id, or null; safe to ask from any thread (runbook steps run in the background). */
    public String activeId() {
        return activeId;
    }

    // Commands

    /**
     * Records a KPI snapshot whenever a refresh is the active incident's worst point so far ({@link WorstPoint});
     * the console calls this once with its KPI feed.
     */
    public void watchWorstPoint(javafx.beans.value.ObservableValue<KpiFeed.Update> feed) {
        WorstPoint worst = new WorstPoint();
        feed.addListener((obs, old, now) -> {
            Map<String, Object> payload = worst.observe(activeId(), now == null ? null : now.snapshot());
            if (payload != null) {
                record(Incidents.EventKind.KPI_SNAPSHOT, payload);
            }
        });
    }

    /** Makes {@code incident} the active one (null: none); a newer read of the same incident just updates it. */
    public void activate(Incidents.Incident incident) {
        active.set(incident);
        label.set(incident == null ? "" : incident.id() + " · " + incident.severity().label() + " · "
                + incident.status().label());
    }

    /** Refreshes the shown state when a view read the active incident again. */
    public void updated(Incidents.Incident incident) {
        if (incident != null && incident.id().equals(activeId())) {
            activate(incident);
        }
    }

    /**
     * Declares an incident over the current session and makes it active; {@code done} gets it once committed,
     * {@code failed} gets the engine's sentence.
     */
    public void declare(Incidents.OpenRequest request, Consumer<Incidents.Incident> done, Consumer<String> failed) {
        Session session = sessions.current();
        if (session == null) {
            failed.accept("No connection is open: connect to a workspace or server to declare an incident.");
            return;
        }
        Background.call(() -> session.operations().openIncident(request)).onSuccess(incident -> {
            if (sessions.current() == session) {
                activate(incident);
            }
            done.accept(incident);
        }).onError(failed).runOn(io, ui);
    }

    /**
     * Writes a typed entry into the active incident's timeline, if one is active: off the UI thread, then tells the
     * listeners the entry as the store returned it. Without an active incident nothing is recorded.
     *
     * @return true when a recording was started
     */
    public boolean record(Incidents.EventKind kind, Map<String, Object> payload) {
        Session session = sessions.current();
        String id = activeId();
        if (session == null || id == null) {
            return false;
        }
        Incidents.EventRequest request = new Incidents.EventRequest(kind, payload);
        Background.call(() -> session.operations().recordIncidentEvent(id, request)).onSuccess(event -> {
            problem.set("");
            recorded.forEach(l -> l.accept(event));
        }).onError(sentence -> problem.set("Not recorded in " + id + ": " + sentence)).runOn(io, ui);
        return true;
    }

    /** Called on the UI thread with every entry {@link #record} committed (the Incidents view polls at once). */
    public void onRecorded(Consumer<Incidents.Event> listener) {
        recorded.add(listener);
    }
}
