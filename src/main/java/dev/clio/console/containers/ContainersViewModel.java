package dev.clio.console.containers;

import dev.clio.console.common.ActiveIncident;
import dev.clio.console.common.Background;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.kpi.ValueFormat;
import dev.clio.ops.Incidents;
import dev.clio.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Containers view's state: the engine's containers with their stats, polled every {@link #INTERVAL} off the UI
 * thread (every {@link #HIDDEN_INTERVAL} while the view is hidden, so the session's history goes on), filtered and
 * grouped, the selection kept across polls, and the actions on it. A failed poll keeps the rows, shows the engine's
 * sentence, and retries with a backoff up to {@link #MAX_BACKOFF} until the engine answers again. No controls;
 * properties change on the UI thread only.
 */
public final class ContainersViewModel implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofSeconds(3);
    public static final Duration HIDDEN_INTERVAL = Duration.ofSeconds(30);
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final int LOG_TAIL = 200;
    static final String ALL_STATES = "all states";
    static final List<String> STATES = List.of(ALL_STATES, "running", "exited", "paused", "restarting", "created",
            "dead");
    static final String VIEWER_REASON = "This API key has the viewer role: it can read but not act";

    private final ScheduledExecutorService scheduler;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final ContainerActions actions;
    private final ActiveIncident incident;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<List<ContainerRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows",
            List.of());
    private final ReadOnlyObjectWrapper<List<String>> selected = new ReadOnlyObjectWrapper<>(this, "selected",
            List.of());
    private final ReadOnlyObjectWrapper<ContainerDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<ContainerLogSource> logSource = new ReadOnlyObjectWrapper<>(this,
            "logSource");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper(this, "updated", "not connected");
    private final ReadOnlyStringWrapper filter = new ReadOnlyStringWrapper(this, "filter", "");
    private final ReadOnlyStringWrapper stateFilter = new ReadOnlyStringWrapper(this, "stateFilter", ALL_STATES);
    private final ReadOnlyBooleanWrapper grouped = new ReadOnlyBooleanWrapper(this, "grouped");
    private volatile Session session;
    private List<ContainerRow> all = List.of();
    private ContainerObservations observations = new ContainerObservations();
    private Instant lastSuccess;
    private int failures;
    private boolean visible;
    private ScheduledFuture<?> next;
    private ScheduledFuture<?> ticker;

    public ContainersViewModel(ConsoleContext context) {
        this(context.sessions(), context.scheduler(), context.io(), context.ui(), context.clock(),
                context.incident());
    }

    ContainersViewModel(SessionHolder sessions, ScheduledExecutorService scheduler, Executor io, Executor ui,
            Clock clock, ActiveIncident incident) {
        this.incident = incident;
        this.scheduler = scheduler;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.actions = new ContainerActions(io, ui, clock, this::actionDone);
        this.session = sessions.current();
        sessions.currentProperty().addListener((obs, old, now) -> sessionChanged(now));
        askRole(session);
        tick();
    }

    // Properties

    /** The containers the filters let through, by name (grouped: by compose project, then name). */
    public ReadOnlyObjectProperty<List<ContainerRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The names of the selected containers; kept across polls while they exist. */
    public ReadOnlyObjectProperty<List<String>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The first selected container's detail (row, history, events); null when nothing is selected. */
    public ReadOnlyObjectProperty<ContainerDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /**
     * What the log pane follows: the first selected container's log (its last {@value #LOG_TAIL} lines, then new
     * ones) while the view is shown, a new source after the container (re)started; null otherwise.
     */
    public ReadOnlyObjectProperty<ContainerLogSource> logSourceProperty() {
        return logSource.getReadOnlyProperty();
    }

    /** Why the last poll failed, as the engine's sentence; null when it answered. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** {@code updated 2 s ago}, {@code updating…}, {@code never updated} or {@code not connected}. */
    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateFilterProperty() {
        return stateFilter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty groupedProperty() {
        return grouped.getReadOnlyProperty();
    }

    /** The actions' state: busy, last result, and why they are disabled. */
    public ContainerActions actions() {
        return actions;
    }

    // Commands

    /** The view is shown: poll now and every {@link #INTERVAL}; keep the age label ticking. */
    public synchronized void shown() {
        visible = true;
        if (ticker == null) {
            ticker = scheduler.scheduleAtFixedRate(() -> ui.execute(this::tick), 1, 1, TimeUnit.SECONDS);
        }
        follow();
        refresh();
    }

    /** The view is hidden: poll every {@link #HIDDEN_INTERVAL} only, so the history goes on at little cost. */
    public synchronized void hidden() {
        visible = false;
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
        // a hidden view holds no log stream open: the engine allows few at once
        logSource.set(null);
    }

    /** Polls now, off the UI thread; asked while a poll runs, it follows that poll rather than running beside it. */
    public void refresh() {
        Session current = session;
        if (current == null) {
            ui.execute(this::tick);
            return;
        }
        if (!inFlight.compareAndSet(false, true)) {
            // the running poll may have started before what is asked for (an action) changed anything
            again.set(true);
            return;
        }
        try {
            Background.call(() -> ContainersPoll.fetch(current, clock)).onSuccess(this::apply).runOn(io, ui);
        } catch (RejectedExecutionException e) {
            inFlight.set(false);
        }
    }

    public void filter(String text) {
        filter.set(text == null ? "" : text);
        publish();
    }

    public void stateFilter(String state) {
        stateFilter.set(state == null || !STATES.contains(state) ? ALL_STATES : state);
        publish();
    }

    public void grouped(boolean on) {
        grouped.set(on);
        publish();
    }

    /** Selects these containers (the view's table selection). */
    public void select(List<String> names) {
        List<String> now = List.copyOf(names);
        if (!now.equals(selected.get())) {
            selected.set(now);
            details();
            follow();
        }
    }

    /** The confirmation for {@code action} on the selection, or null when nothing is selected or not connected. */
    public ConfirmationRequest request(ContainerAction action) {
        Session current = session;
        if (current == null || selected.get().isEmpty()) {
            return null;
        }
        return ConfirmationRequest.of(action.operation(), selected.get(), current);
    }

    /** Runs a confirmed request (after the dialog), then polls at once to show the new states. */
    public void perform(ContainerAction action, ConfirmationRequest confirmed) {
        Session current = session;
        if (current != null) {
            actions.perform(current, action, confirmed.targets());
        }
    }

    /** Recomputes the age label from the clock. */
    public void tick() {
        if (session == null) {
            updated.set("not connected");
        } else if (lastSuccess == null) {
            updated.set(problem.get() == null ? "updating…" : "never updated");
        } else {
            updated.set("updated " + ValueFormat.duration(Duration.between(lastSuccess, clock.instant())) + " ago");
        }
    }

    @Override
    public synchronized void close() {
        hidden();
        if (next != null) {
            next.cancel(false);
        }
        session = null;
    }

    private void apply(ContainersPoll poll) {
        inFlight.set(false);
        if (poll.session() != session) {
            // a poll of the previous session; the new session's first poll may have waited for it
            if (again.getAndSet(false)) {
                refresh();
            }
            return;
        }
        if (poll.problemOrNull() == null) {
            failures = 0;
            lastSuccess = poll.at();
            observations.observe(poll.containers(), poll.stats(), poll.at());
            all = ContainerRows.join(poll.containers(), poll.stats());
            publish();
        } else {
            failures++;
            if (poll.forbidden()) {
                actions.forbid(poll.problemOrNull());
            }
        }
        problem.set(poll.problemOrNull());
        tick();
        if (again.getAndSet(false)) {
            refresh();
        } else {
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        if (session == null) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        Duration delay = failures > 0 ? backoff(failures) : visible ? INTERVAL : HIDDEN_INTERVAL;
        try {
            next = scheduler.schedule(this::refreshQuietly, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    /** 3 s, 6 s, 12 s, 24 s, then every 30 s. */
    static Duration backoff(int failures) {
        long seconds = INTERVAL.toSeconds() << Math.min(failures - 1, 5);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            inFlight.set(false);
        }
    }

    private void publish() {
        Comparator<ContainerRow> order = Comparator.comparing(ContainerRow::name);
        if (grouped.get()) {
            order = ContainerRows.BY_PROJECT.thenComparing(order);
        }
        rows.set(all.stream().filter(r -> r.matches(filter.get()))
                .filter(r -> ALL_STATES.equals(stateFilter.get()) || r.state().equals(stateFilter.get()))
                .sorted(order).toList());
        List<String> names = all.stream().map(ContainerRow::name).toList();
        List<String> kept = selected.get().stream().filter(names::contains).toList();
        if (!kept.equals(selected.get())) {
            selected.set(kept);
        }
        details();
        follow();
    }

    private String firstSelected() {
        return selected.get().isEmpty() ? null : selected.get().get(0);
    }

    /**
     * Points the log pane at the first selected container while shown; a container that (re)started since its
     * source was made gets a new one, since a followed log ends when its container stops.
     */
    private void follow() {
        Session current = session;
        ContainerRow row = details.get() == null ? null : details.get().row();
        if (current == null || row == null || !visible) {
            logSource.set(null);
            return;
        }
        ContainerLogSource now = logSource.get();
        if (now == null || !now.name().equals(row.name()) || now.session() != current
                || !Objects.equals(now.startedAt(), row.container().startedAt())) {
            logSource.set(new ContainerLogSource(row.name(), row.container().startedAt(), current, io, LOG_TAIL));
        }
    }

    private void details() {
        String first = firstSelected();
        ContainerRow row = first == null ? null
                : all.stream().filter(r -> r.name().equals(first)).findFirst().orElse(null);
        details.set(row == null ? null
                : new ContainerDetails(row, observations.history(first), observations.events(first)));
    }

    private void actionDone(ContainerAction action, List<ContainerActions.Outcome> outcomes, Duration took) {
        incident.record(Incidents.EventKind.CONTAINER_ACTION, ContainerActions.timelineEntry(action, outcomes, took));
        Instant at = clock.instant();
        outcomes.forEach(o -> observations.note(at, o.container(), o.text()));
        details();
        refresh();
    }

    private void sessionChanged(Session now) {
        session = now;
        lastSuccess = null;
        failures = 0;
        all = List.of();
        observations = new ContainerObservations();
        selected.set(List.of());
        problem.set(null);
        actions.reset();
        askRole(now);
        publish();
        tick();
        refresh();
    }

    /**
     * Disables the actions up front for a viewer-role key. A server without {@code whoami} (or a failed answer) leaves
     * them enabled: the FORBIDDEN answer to an action still disables them, with the server's reason.
     */
    private void askRole(Session asked) {
        if (asked == null) {
            return;
        }
        Background.call(() -> asked.operations().whoami()).onSuccess(me -> {
            if (asked == session && !me.allows(Role.OPERATOR)) {
                actions.forbid(VIEWER_REASON);
            }
        }).onError(ignored -> { }).runOn(io, ui);
    }
}
