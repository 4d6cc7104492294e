package dev.clio.console.common;

import dev.clio.connections.ConnectionListener;
import dev.clio.connections.ConnectionMonitor;
import dev.clio.connections.ConnectionProblem;
import dev.clio.connections.ConnectionState;
import dev.clio.connections.ConnectionStateMachine;
import dev.clio.connections.ConnectionStatus;
import dev.clio.connections.MonitorTimings;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current session and its live connection state. Views and services listen to it and rebind when the user
 * switches connection. Each session made current gets a {@link ConnectionMonitor} whose state changes arrive on the
 * UI executor; the old session's monitor and Operations are closed off the UI thread, since closing may wait for IO.
 */
public final class SessionHolder {

    private static final Set<ConnectionProblem.Kind> KEY_PROBLEMS = EnumSet.of(ConnectionProblem.Kind.WRONG_KEY,
            ConnectionProblem.Kind.EXPIRED_KEY, ConnectionProblem.Kind.REVOKED_KEY);

    private final ReadOnlyObjectWrapper<Session> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ConnectionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final Executor io;
    private final Executor uiOrNull;
    private final Clock clock;
    private final MonitorTimings timings;
    private final java.util.List<java.util.function.BooleanSupplier> leaveGuards = new java.util.ArrayList<>();
    // written on the UI thread, read by the KPI feed's poll thread
    private volatile ConnectionMonitor monitor;
    private volatile boolean stoppedForKey;

    /** Without a UI executor sessions are not monitored (for tests of views that do not show the state). */
    public SessionHolder(Executor io) {
        this(io, null, Clock.systemUTC(), MonitorTimings.defaults());
    }

    /** @param ui runs the monitor's state changes ({@code Platform::runLater}) */
    public SessionHolder(Executor io, Executor ui, Clock clock, MonitorTimings timings) {
        this.io = io;
        this.uiOrNull = ui;
        this.clock = clock;
        this.timings = timings;
    }

    // Properties

    public ReadOnlyObjectProperty<Session> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Session current() {
        return current.get();
    }

    /** The current session's connection state; null with no session or no monitor. */
    public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Whether the server refuses the current session's key (wrong, expired or revoked): retrying cannot help until the
     * user enters another key. Safe from any thread.
     */
    public boolean keyRefused() {
        return stoppedForKey;
    }

    // Commands

    /**
     * Adds a guard asked before the user leaves the current session (switching connection, closing the console),
     * e.g. by the workflow editor about unsaved files. A guard may ask the user and answers false to stay. UI thread.
     */
    public void addLeaveGuard(java.util.function.BooleanSupplier guard) {
        leaveGuards.add(guard);
    }

    /** Asks every leave guard in turn; false as soon as one says stay. UI thread. */
    public boolean mayLeave() {
        for (java.util.function.BooleanSupplier guard : leaveGuards) {
            if (!guard.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** Makes {@code next} current (UI thread), starts its monitor and closes the previous session in the background. */
    public void switchTo(Session next) {
        Session previous = current.get();
        ConnectionMonitor previousMonitor = monitor;
        monitor = next == null || previous == next ? monitor : watch(next);
        current.set(next);
        if (previous != null && previous != next) {
            io.execute(() -> closeQuietly(previousMonitor, previous));
        }
    }

    /**
     * Probes the current connection now instead of waiting for its backoff; after a refused key (when probing stopped)
     * it starts probing again.
     */
    public void retryNow() {
        Session session = current.get();
        if (stoppedForKey && session != null) {
            monitor = watch(session);
        } else if (monitor != null) {
            monitor.retryNow();
        }
    }

    /** Closes the current session; the caller is shutting down. */
    public void close() {
        Session previous = current.get();
        ConnectionMonitor previousMonitor = monitor;
        monitor = null;
        current.set(null);
        status.set(null);
        if (previous != null) {
            closeQuietly(previousMonitor, previous);
        }
    }

    private ConnectionMonitor watch(Session session) {
        if (uiOrNull == null) {
            status.set(null);
            return null;
        }
        stoppedForKey = false;
        ConnectionStateMachine machine = new ConnectionStateMachine(uiOrNull, clock);
        // a late notification of a session already replaced (or stopped) must not overwrite the state shown
        ConnectionListener listener = (before, after) -> {
            if (current.get() != session || stoppedForKey || machine != monitorMachine()) {
                return;
            }
            if (after.state() == ConnectionState.DISCONNECTED && after.problem() != null
                    && KEY_PROBLEMS.contains(after.problem().kind())) {
                stopForKey(after);
            } else {
                status.set(after);
            }
        };
        machine.addListener(listener);
        status.set(machine.status());
        ConnectionMonitor started = ConnectionMonitor.create(session.probe(), machine, timings);
        started.start();
        return started;
    }

    private ConnectionStateMachine monitorMachine() {
        ConnectionMonitor m = monitor;
        return m == null ? null : m.machine();
    }

    /**
     * A refused key needs the user, not a retry: every refused probe counts towards the server's failed-login limit,
     * which would soon answer "rate limited" instead. So probing stops, showing the key's sentence without a retry
     * countdown, until the user asks to retry or switches.
     */
    private void stopForKey(ConnectionStatus refused) {
        stoppedForKey = true;
        status.set(new ConnectionStatus(refused.state(), refused.problem(), refused.since(), refused.lastRefresh(),
                null, refused.failures()));
        ConnectionMonitor stopped = monitor;
        if (stopped != null) {
            io.execute(stopped::close);
        }
    }

    private static void closeQuietly(ConnectionMonitor monitor, Session session) {
        try {
            if (monitor != null) {
                monitor.close();
            }
        } finally {
            session.close();
        }
    }
}
