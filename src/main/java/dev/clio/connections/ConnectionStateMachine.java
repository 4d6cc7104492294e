package dev.clio.connections;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The thread-safe state of one connection. Changes are compare-and-set: {@link #transition} succeeds only from the
 * state the caller saw, so a probe that finishes late cannot overwrite a newer verdict. Listeners are notified through
 * the executor given at construction (the console passes {@code Platform::runLater}, tests a direct executor), in the
 * order of the changes when that executor runs tasks in order.
 */
public final class ConnectionStateMachine {

    private final AtomicReference<ConnectionStatus> status;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor notifier;
    private final Clock clock;

    public ConnectionStateMachine(Executor notifier, Clock clock) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = new AtomicReference<>(ConnectionStatus.connecting(clock.instant()));
    }

    public ConnectionStatus status() {
        return status.get();
    }

    public ConnectionState state() {
        return status.get().state();
    }

    /**
     * Moves from {@code from} to {@code to} if the state is still {@code from}.
     *
     * @return false when the state was no longer {@code from} (nothing changed)
     * @throws IllegalArgumentException when {@code from} may never go to {@code to}
     */
    public boolean transition(ConnectionState from, ConnectionState to) {
        return transition(from, to, UnaryOperator.identity());
    }

    /** Like {@link #transition(ConnectionState, ConnectionState)}, also changing the rest of the status in one step. */
    public boolean transition(ConnectionState from, ConnectionState to, UnaryOperator<ConnectionStatus> change) {
        if (!from.canMoveTo(to)) {
            throw new IllegalArgumentException("a connection cannot go from " + from + " to " + to);
        }
        while (true) {
            ConnectionStatus current = status.get();
            if (current.state() != from) {
                return false;
            }
            ConnectionStatus next = change.apply(current.moved(to, clock.instant()));
            if (status.compareAndSet(current, next)) {
                fire(current, next);
                return true;
            }
        }
    }

    /**
     * Changes the status without changing the state, if the state is still {@code expected} (a new last-refresh time,
     * a new problem while disconnected).
     */
    public boolean update(ConnectionState expected, UnaryOperator<ConnectionStatus> change) {
        while (true) {
            ConnectionStatus current = status.get();
            if (current.state() != expected) {
                return false;
            }
            ConnectionStatus next = change.apply(current);
            if (next.state() != expected) {
                throw new IllegalArgumentException("update may not change the state; use transition");
            }
            if (next.equals(current) || status.compareAndSet(current, next)) {
                if (!next.equals(current)) {
                    fire(current, next);
                }
                return true;
            }
        }
    }

    /** Listeners added later see only later changes; read {@link #status()} for the present. */
    public void addListener(ConnectionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    private void fire(ConnectionStatus previous, ConnectionStatus current) {
        if (listeners.isEmpty()) {
            return;
        }
        notifier.execute(() -> {
            for (ConnectionListener l : listeners) {
                l.changed(previous, current);
            }
        });
    }
}
