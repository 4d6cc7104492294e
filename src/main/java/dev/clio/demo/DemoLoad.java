package dev.clio.demo;

import java.util.List;
import java.util.Objects;

/**
 * The demo load generator: serves a {@link DemoEngine} over HTTP on a free port of 127.0.0.1 and makes real API calls
 * to it, so that every KPI and alert of the console has something to show: reads of health, KPIs, metrics, history
 * and logs; executions of the sample workflows (successes, a failing step, slow steps, a budget overrun); a
 * second log stream the server refuses (503); wrong and revoked keys (401); a read-only key asking for an action
 * (403); now and then a burst of wrong keys (suspicious activity, then 429 for a minute).
 *
 * <p>It creates three API keys per start (operator, viewer, and one revoked at once), all described
 * {@code demo-load-*}, and its executions carry the input {@code demo=true}: see {@link DemoLabels}. Nothing is sent
 * anywhere but 127.0.0.1.
 *
 * <p>{@link #start} and {@link #stop} block briefly (key file, server start, up to about two seconds to stop): call
 * them off the UI thread. Thread-safe; may be started again after a stop.
 */
public final class DemoLoad implements AutoCloseable {

    /**
     * Failed authentications the generator sends within the server's limiter window outside a burst: below the
     * limiter's five, so its own traffic is not blocked by them.
     */
    public static final int QUIET_FAILURES = 3;

    private final DemoEngine engine;
    private final DemoLoadSettings settings;
    private volatile DemoSession session;
    private volatile DemoLoadStats last = DemoLoadStats.idle();

    public DemoLoad(DemoEngine engine, DemoLoadSettings settings) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Starts generating load; does nothing when already running.
     *
     * @throws dev.clio.ops.OpsException INVALID_REQUEST when the workspace has none of the sample workflows,
     *     UNAVAILABLE when no loopback port can be bound
     */
    public synchronized void start() {
        if (session == null) {
            session = DemoSession.start(engine, settings);
        }
    }

    /**
     * Stops the schedule, cancels the demo's running executions, revokes its keys and stops its server, within about
     * two seconds; leaves no thread of its own. Does nothing when not running; never throws.
     */
    public synchronized void stop() {
        DemoSession s = session;
        if (s != null) {
            s.stop();
            last = s.stats();
            session = null;
        }
    }

    /** True from {@link #start} until {@link #stop} has finished; never blocks. */
    public boolean isRunning() {
        return session != null;
    }

    /** The counters of the running session, else of the last one (all zero before the first start); never blocks. */
    public DemoLoadStats stats() {
        DemoSession s = session;
        return s != null ? s.stats() : last;
    }

    /** The identities ({@code key:<prefix>}) of the running session's keys; empty when not running. */
    public List<String> identities() {
        DemoSession s = session;
        return s != null ? s.identities() : List.of();
    }

    public DemoLoadSettings settings() {
        return settings;
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}
