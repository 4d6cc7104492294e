package dev.clio.console.incidents;

import dev.clio.console.common.ActiveIncident;
import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Notifications;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Operations;
import dev.clio.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Incidents view's state: the session's incidents (open ones first, filtered by status and severity), the
 * selected one with its timeline and clock, and the commands on it. While the view shows an incident its timeline is
 * polled every {@link #POLL} with the last seq read, so entries written by other consoles appear within seconds, each
 * page applied as one update. Only what a call returned is shown: every entry has been committed. Writes go to
 * {@link IncidentWrites}. No controls; properties change on the UI thread only.
 */
public final class IncidentsViewModel implements AutoCloseable {

    public static final Duration POLL = Duration.ofSeconds(2);
    /** The list is read every this many polls: incidents declared elsewhere appear without a click. */
    static final int LIST_EVERY = 5;
    static final String VIEWER_REASON = "This API key has the viewer role: it can read incidents but not change them";

    private final SessionHolder sessions;
    private final ActiveIncident active;
    private final Notifications notifications;
    private final ScheduledExecutorService scheduler;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final ZoneId zone;
    private final IncidentWrites writes;
    private final IncidentCatalog catalog = new IncidentCatalog();
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Incident> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<IncidentTiming> timing = new ReadOnlyObjectWrapper<>(this, "timing");
    private final ReadOnlyObjectWrapper<EventKind> kindFilter = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyBooleanWrapper pinnedOnly = new ReadOnlyBooleanWrapper(this, "pinnedOnly");
    private final ReadOnlyStringWrapper disabledReason = new ReadOnlyStringWrapper(this, "disabledReason");
    private Timeline timeline;
    private Session session;
    private ScheduledFuture<?> poll;
    private boolean polling;
    private long polls;
    private Instant notifiedDue;

    public IncidentsViewModel(ConsoleContext context) {
        this(context.sessions(), context.incident(), context.notifications(), context.scheduler(), context.io(),
                context.ui(), context.clock(), ZoneId.systemDefault());
    }

    IncidentsViewModel(SessionHolder sessions, ActiveIncident active, Notifications notifications,
            ScheduledExecutorService scheduler, Executor io, Executor ui, Clock clock, ZoneId zone) {
        this.sessions = sessions;
        this.active = active;
        this.notifications = notifications;
        this.scheduler = scheduler;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.zone = zone;
        this.writes = new IncidentWrites(this, io, ui);
        this.session = sessions.current();
        sessions.currentProperty().addListener((obs, old, now) -> sessionChanged(now));
        active.onRecorded(e -> {
            if (timeline != null && e.incidentId().equals(timeline.incidentId())) {
                pollNow();
            }
        });
        active.activeProperty().addListener((obs, old, now) -> {
            if (now != null && (selected.get() == null || !now.id().equals(selected.get().id()))) {
                refreshList();
                select(now.id());
            }
        });
        askRole(session);
    }

    // Properties

    /** The incidents the filters let through: open ones first (most severe, then newest), then resolved ones. */
    public ObservableList<Incident> incidents() {
        return catalog.shown();
    }

    /** The selected incident's timeline rows that the kind and pin filters let through, oldest first. */
    public ObservableList<TimelineRow> timeline() {
        return rowsView;
    }

    /** The selected incident as last read; null when none is selected. */
    public ReadOnlyObjectProperty<Incident> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected incident's clock; recomputed every {@link #tick()}. */
    public ReadOnlyObjectProperty<IncidentTiming> timingProperty() {
        return timing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Incidents.Status> statusFilterProperty() {
        return catalog.statusProperty();
    }

    public ReadOnlyObjectProperty<Incidents.Severity> severityFilterProperty() {
        return catalog.severityProperty();
    }

    public ReadOnlyObjectProperty<EventKind> kindFilterProperty() {
        return kindFilter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pinnedOnlyProperty() {
        return pinnedOnly.getReadOnlyProperty();
    }

    /** Why changes are disabled for this session (a viewer-role key), or null. */
    public ReadOnlyStringProperty disabledReasonProperty() {
        return disabledReason.getReadOnlyProperty();
    }

    /** The writes on the selected incident: notes, status, severity, resolution, communications, the report. */
    public IncidentWrites writes() {
        return writes;
    }

    // Commands

    /** The view is shown: read the list and follow the selected incident's timeline. */
    public synchronized void shown() {
        polling = true;
        refreshList();
        if (poll == null) {
            try {
                poll = scheduler.scheduleWithFixedDelay(() -> ui.execute(this::pollTick), POLL.toMillis(),
                        POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down
            }
        }
    }

    /** The view is hidden: no polling (the active incident is still written to by the other views). */
    public synchronized void hidden() {
        polling = false;
        if (poll != null) {
            poll.cancel(false);
            poll = null;
        }
    }

    public void refreshList() {
        Session current = session;
        if (current == null) {
            return;
        }
        Background.call(() -> current.operations().incidents(200)).onSuccess(list -> {
            if (current == session) {
                catalog.replace(list);
                if (selected.get() == null && timeline == null && !list.isEmpty()) {
                    select(active.activeId() != null ? active.activeId() : catalog.firstId());
                }
            }
        }).onError(writes::failed).runOn(io, ui);
    }

    /** Selects an incident and reads its whole timeline. */
    public void select(String id) {
        if (id == null || timeline != null && timeline.incidentId().equals(id)) {
            return;
        }
        timeline = new Timeline(id, zone);
        rows.clear();
        // the header and the timeline appear together, from one page; until then nothing is selected, so no write
        // can go to the incident shown before
        selected.set(null);
        writes.selectionChanged();
        tick();
        pollNow();
    }

    public void statusFilter(Incidents.Status status) {
        catalog.status(status);
    }

    public void severityFilter(Incidents.Severity severity) {
        catalog.severity(severity);
    }

    public void kindFilter(EventKind kind) {
        kindFilter.set(kind);
        publishRows();
    }

    public void pinnedOnly(boolean on) {
        pinnedOnly.set(on);
        publishRows();
    }

    /** Makes the selected incident the one the console's actions are recorded into. */
    public void makeActive() {
        if (selected.get() != null) {
            active.activate(selected.get());
        }
    }

    /** Declares an incident by hand; it becomes the active and the selected one. */
    public void declare(String title, Incidents.Severity severity, String impact) {
        if (title == null || title.isBlank()) {
            writes.failed("Give the incident a title: what is wrong, in a few words.");
            return;
        }
        active.declare(new Incidents.OpenRequest(title.strip(), severity, impact == null ? "" : impact.strip(), null,
                null), incident -> {
                    writes.done("Declared " + incident.id());
                    refreshList();
                    select(incident.id());
                }, writes::failed);
    }

    private void pollTick() {
        if (++polls % LIST_EVERY == 0) {
            refreshList();
        }
        pollNow();
    }

    /** Reads the timeline entries after the last one read, and applies them (and the incident) as one update. */
    public void pollNow() {
        Session current = session;
        Timeline reading = timeline;
        if (current == null || reading == null) {
            return;
        }
        long since = reading.lastSeq();
        Background.call(() -> current.operations().incidentEvents(reading.incidentId(), since, null))
                .onSuccess(page -> apply(current, reading, since, page)).onError(writes::failed).runOn(io, ui);
    }

    /**
     * Recomputes the clock; when the selected open incident's next update falls due, posts one notification for it.
     */
    public void tick() {
        Incident incident = selected.get();
        if (incident == null) {
            timing.set(null);
            return;
        }
        IncidentTiming now = IncidentTiming.of(incident, clock.instant());
        timing.set(now);
        if (now.updateDue() && !now.nextUpdateDue().equals(notifiedDue)) {
            notifiedDue = now.nextUpdateDue();
            notifications.post(new Notifications.Notice(clock.instant(), "Update due: " + incident.id(),
                    "The next status update of \"" + incident.title() + "\" is due (every 30 minutes): send one from "
                            + "the Communications tab.", false));
        }
    }

    @Override
    public void close() {
        hidden();
    }

    // for IncidentWrites

    Session session() {
        return session;
    }

    /** Runs a write on the selected incident; afterwards the incident and the new entries are read back. */
    <T> void write(String done, Function<Operations, T> call, java.util.function.Consumer<T> then) {
        Session current = session;
        Incident incident = selected.get();
        if (current == null || incident == null) {
            writes.failed("Choose an incident first (or declare one).");
            return;
        }
        Background.call(() -> call.apply(current.operations())).onSuccess(result -> {
            writes.done(done);
            then.accept(result);
            if (result instanceof Incident changed) {
                updateIncident(changed);
            }
            pollNow();
            refreshList();
        }).onError(writes::failed).runOn(io, ui);
    }

    private void apply(Session current, Timeline reading, long since, Incidents.EventPage page) {
        if (current != session || reading != timeline) {
            return;
        }
        if (!reading.apply(page, since)) {
            reading.clear();
            pollNow();
            return;
        }
        updateIncident(page.incident());
        publishRows();
    }

    private void updateIncident(Incident incident) {
        if (timeline != null && timeline.incidentId().equals(incident.id())) {
            selected.set(incident);
            tick();
        }
        active.updated(incident);
        catalog.update(incident);
    }

    private void publishRows() {
        List<TimelineRow> next = timeline == null ? List.of() : timeline.rows(kindFilter.get(), pinnedOnly.get());
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    private void sessionChanged(Session now) {
        session = now;
        catalog.clear();
        timeline = null;
        rows.clear();
        selected.set(null);
        timing.set(null);
        disabledReason.set(null);
        writes.selectionChanged();
        askRole(now);
        if (polling) {
            refreshList();
        }
    }

    private void askRole(Session asked) {
        if (asked == null) {
            return;
        }
        Background.call(() -> asked.operations().whoami()).onSuccess(me -> {
            if (asked == session && !me.allows(Role.OPERATOR)) {
                disabledReason.set(VIEWER_REASON);
            }
        }).onError(ignored -> { }).runOn(io, ui);
    }
}
