package dev.clio.console.common;

import dev.clio.connections.ConnectionListener;
import dev.clio.connections.ConnectionMonitor;
import dev.clio.connections.ConnectionStateMachine;
import dev.clio.connections.ConnectionStatus;
import dev.clio.connections.MonitorTimings;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current session and its live connection state. Views and services listen to it and rebind when the user
 * switches connection. Each session made current gets a {@link ConnectionMonitor} whose state changes arrive on the
 * UI executor; the old session's monitor and Operations are closed off the UI thread, since closing may wait for IO.
 */
public final class SessionHolder {

    private final ReadOnlyObjectWrapper<Session> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ConnectionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final Executor io;
    private final Executor uiOrNull;
    private final Clock clock;
    private final MonitorTimings timings;
    private ConnectionMonitor monitor;

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

    // Commands

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

    /** Probes the current connection now instead of waiting for its backoff. */
    public void retryNow() {
        if (monitor != null) {
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
        ConnectionStateMachine machine = new ConnectionStateMachine(uiOrNull, clock);
        // a late notification of a session already replaced must not overwrite the new one's state
        ConnectionListener listener = (before, after) -> {
            if (current.get() == session) {
                status.set(after);
            }
        };
        machine.addListener(listener);
        status.set(machine.status());
        ConnectionMonitor started = ConnectionMonitor.create(session.probe(), machine, timings);
        started.start();
        return started;
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
