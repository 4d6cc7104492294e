package dev.clio.console.common;

import dev.clio.kpi.AlertEngine;
import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics;
import dev.clio.ops.OpsException;
import dev.clio.ops.prometheus.PrometheusKpis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The console's one KPI source: polls {@code kpiSnapshot()} and {@code health()} of the current session on a
 * scheduler, evaluates tiles and alert rules, and applies each result as one UI update (coalesced, so a slow UI
 * thread sees the newest snapshot, never a queue). Acknowledgements and silences go through here too, so every view
 * sees the same alert state.
 */
public final class KpiFeed implements AutoCloseable {

    /**
     * One refresh.
     *
     * @param lastSuccess when the KPI source last answered, or null if it never did
     * @param problemOrNull why the last poll did not answer, as a sentence
     * @param history earlier values per KPI from Prometheus's range query, to seed sparklines; usually empty
     */
    public record Update(AlertSnapshot snapshot, Instant lastSuccess, String problemOrNull,
            Map<String, List<PrometheusKpis.HistoryPoint>> history) {
        public Update {
            history = history == null ? Map.of() : Map.copyOf(history);
        }

        public Update(AlertSnapshot snapshot, Instant lastSuccess, String problemOrNull) {
            this(snapshot, lastSuccess, problemOrNull, Map.of());
        }
    }

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Coalescer<Update> toUi;
    private final ReadOnlyObjectWrapper<Update> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final Function<Session, Map<String, List<Double>>> dailySeries;
    private volatile Session session;
    private volatile AlertEngine engine;
    private volatile KpiSource source;
    private volatile Instant lastSuccess;
    private volatile String lastProblem;
    private volatile BooleanSupplier paused = () -> false;
    private ScheduledFuture<?> task;

    public KpiFeed(ScheduledExecutorService scheduler, Executor ui, Clock clock,
            Function<Session, Map<String, List<Double>>> dailySeries) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.dailySeries = dailySeries;
        this.toUi = new Coalescer<>(ui, latest::set);
    }

    // Properties

    /** The latest evaluation; null until the first poll has finished. */
    public ReadOnlyObjectProperty<Update> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    // Commands

    /** Starts evaluating for this session with fresh alert state (rules and thresholds from its workspace). */
    public synchronized void bind(Session next) {
        session = next;
        lastSuccess = null;
        lastProblem = null;
        KpiCatalog catalog = next == null ? null : KpiCatalog.load(next.workspaceOrNull());
        engine = next == null ? null : new AlertEngine(catalog, clock);
        source = sourceFor(next, catalog);
        refreshNow();
    }

    /**
     * Skips polls while this says so: the console pauses while the server refuses the session's key, since every
     * refused call counts towards the server's failed-authentication limit and would soon turn "wrong key" into
     * "rate limited".
     */
    public void pauseWhile(BooleanSupplier condition) {
        paused = condition;
    }

    /** Polls every {@code interval} until closed; a later call replaces the interval. */
    public synchronized void start(Duration interval) {
        if (task != null) {
            task.cancel(false);
        }
        task = scheduler.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An extra poll now, off the UI thread. */
    public void refreshNow() {
        scheduler.execute(this::poll);
    }

    /** The alert engine of the current session, for acknowledgements and silences; null with no session. */
    public AlertEngine engine() {
        return engine;
    }

    /**
     * Publishes the engine's state now, e.g. after an acknowledgement, without waiting for the next poll; the last
     * poll's problem stays (a source that is down is still down).
     */
    public void republish() {
        AlertEngine e = engine;
        if (e != null) {
            scheduler.execute(() -> toUi.post(new Update(e.snapshot(clock.instant()), lastSuccess, lastProblem)));
        }
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One evaluation; runs on the scheduler thread only, so the engine sees one caller at a time. */
    void poll() {
        Session s = session;
        AlertEngine e = engine;
        KpiSource from = source;
        if (s == null || e == null || from == null || paused.getAsBoolean()) {
            return;
        }
        String[] problem = new String[1];
        KpiSource.Read read = from.read(answer(() -> s.operations().kpiSnapshot(), problem));
        Metrics.KpiSnapshot kpis = read.snapshot();
        if (read.problemOrNull() != null && problem[0] == null) {
            problem[0] = read.problemOrNull();
        }
        Health.Report health = answer(() -> s.operations().health(), problem);
        Map<String, List<Double>> series = kpis == null ? Map.of() : safeSeries(s);
        Instant now = clock.instant();
        if (kpis != null) {
            lastSuccess = now;
        }
        AlertSnapshot snapshot = e.evaluate(kpis, health, series, now);
        if (s == session) {
            lastProblem = problem[0];
            toUi.post(new Update(snapshot, lastSuccess, problem[0], read.history()));
        }
    }

    /** The server's own KPIs, or Prometheus when the profile names one (a bad URL is said, then ignored). */
    private KpiSource sourceFor(Session s, KpiCatalog catalog) {
        try {
            return KpiSource.of(s, catalog, clock);
        } catch (IllegalArgumentException ex) {
            lastProblem = ex.getMessage();
            return KpiSource.of((java.net.URI) null, catalog, clock);
        }
    }

    private Map<String, List<Double>> safeSeries(Session s) {
        try {
            return dailySeries.apply(s);
        } catch (OpsException ex) {
            return Map.of();
        }
    }

    private static <T> T answer(Supplier<T> call, String[] problem) {
        try {
            return call.get();
        } catch (OpsException | IllegalStateException ex) {
            if (problem[0] == null) {
                problem[0] = Problems.sentence(ex);
            }
            return null;
        }
    }
}
