package dev.clio.console.capacity;

import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.kpi.ValueFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * The Capacity view's state: the growth charts of the last 30 days and the runbook's capacity table, refreshed in the
 * background every {@link #INTERVAL} and when shown. Sampling goes on while the view is hidden, since "&gt;70% for
 * 1 hour" can only be judged from samples taken all along. A failed call keeps the last data and says why. No
 * controls; properties change on the UI thread only.
 */
public final class CapacityViewModel implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofSeconds(30);

    private final ScheduledExecutorService scheduler;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final CapacitySource source;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<GrowthCharts> charts = new ReadOnlyObjectWrapper<>(this, "charts",
            GrowthCharts.empty());
    private final ReadOnlyObjectWrapper<List<CapacityRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows",
            List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper(this, "updated", "not connected");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper tableProblems = new ReadOnlyStringWrapper(this, "tableProblems", "");
    private volatile Session session;
    private Instant lastSuccess;
    private ScheduledFuture<?> poll;
    private ScheduledFuture<?> ticker;

    public CapacityViewModel(ConsoleContext context) {
        this(context.sessions(), context.scheduler(), context.io(), context.ui(), context.clock());
    }

    CapacityViewModel(SessionHolder sessions, ScheduledExecutorService scheduler, Executor io, Executor ui,
            Clock clock) {
        this.scheduler = scheduler;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.source = new CapacitySource(clock);
        this.session = sessions.current();
        sessions.currentProperty().addListener((obs, old, now) -> sessionChanged(now));
        tick();
    }

    // Properties

    /** The charts' data; empty until the growth call first answers for this session. */
    public ReadOnlyObjectProperty<GrowthCharts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** The capacity table, in capacity.yaml's order; empty until a capacity source first answers. */
    public ReadOnlyObjectProperty<List<CapacityRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Why the last refresh was incomplete, as a sentence; null when every call answered. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The age of what is shown, from the last refresh that brought anything: {@code updated 12 s ago},
     * {@code updating…}, {@code never updated} or {@code not connected}.
     */
    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    /** True when a call of the last refresh failed: some or all of what is shown is from before it. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** What is wrong in the workspace's config/capacity.yaml (the defaults stand), one per line; empty if nothing. */
    public ReadOnlyStringProperty tableProblemsProperty() {
        return tableProblems.getReadOnlyProperty();
    }

    // Commands

    /** The view is shown: refresh now, sample every {@link #INTERVAL} from now on, and keep "updated" current. */
    public synchronized void shown() {
        if (poll == null) {
            poll = scheduler.scheduleWithFixedDelay(this::refreshQuietly, INTERVAL.toMillis(), INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        if (ticker == null) {
            ticker = scheduler.scheduleAtFixedRate(() -> ui.execute(this::tick), 1, 1, TimeUnit.SECONDS);
        }
        refresh();
    }

    /** The view is hidden: the age label stops ticking; sampling goes on so held durations stay true. */
    public synchronized void hidden() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }

    /** Fetches now, off the UI thread; a refresh asked for while one runs follows it rather than running beside. */
    public void refresh() {
        Session current = session;
        if (current == null) {
            ui.execute(this::tick);
            return;
        }
        if (!inFlight.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            Background.call(() -> source.fetch(current)).onSuccess(this::apply)
                    .onError(sentence -> failed(current, sentence))
                    .runOn(io, ui);
        } catch (RejectedExecutionException e) {
            inFlight.set(false);
        }
    }

    /** Recomputes the age label from the clock (the view's ticker calls it every second). */
    public void tick() {
        if (session == null) {
            updated.set("not connected");
        } else if (lastSuccess == null) {
            updated.set(problem.get() == null ? "updating…" : "never updated");
        } else {
            updated.set("updated " + ValueFormat.duration(Duration.between(lastSuccess, clock.instant())) + " ago");
        }
        stale.set(problem.get() != null);
    }

    @Override
    public synchronized void close() {
        if (poll != null) {
            poll.cancel(false);
        }
        hidden();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again; the next tick tries anew
        }
    }

    private void apply(CapacityRefresh r) {
        finished();
        if (r.session() != session) {
            return;
        }
        if (r.growthOrNull() != null) {
            charts.set(r.growthOrNull());
        }
        if (r.statusesOrNull() != null) {
            rows.set(r.statusesOrNull().stream().map(CapacityRow::of).toList());
        }
        if (r.growthOrNull() != null || r.statusesOrNull() != null) {
            // the age is that of what is shown: a call that keeps failing (a key without db access) does not make
            // fresh charts look old; the problem line names it
            lastSuccess = r.at();
        }
        problem.set(r.problemOrNull());
        tableProblems.set(String.join("\n", r.tableProblems()));
        tick();
    }

    private void failed(Session from, String sentence) {
        finished();
        if (from != session) {
            return;
        }
        problem.set(sentence);
        tick();
    }

    private void finished() {
        inFlight.set(false);
        if (again.getAndSet(false)) {
            refresh();
        }
    }

    private void sessionChanged(Session now) {
        session = now;
        lastSuccess = null;
        charts.set(GrowthCharts.empty());
        rows.set(List.of());
        problem.set(null);
        tableProblems.set("");
        tick();
        refresh();
    }
}
