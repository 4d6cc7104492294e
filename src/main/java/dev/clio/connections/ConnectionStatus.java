package dev.clio.connections;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable snapshot of a connection's state, for one UI update.
 *
 * @param problem why it is degraded or disconnected; null when connected
 * @param since when it entered this state
 * @param lastRefresh when a probe last succeeded; null before the first success
 * @param nextRetry when a disconnected connection is tried again; null unless disconnected
 * @param failures probes failed in a row (0 after a success)
 */
public record ConnectionStatus(ConnectionState state, ConnectionProblem problem, Instant since, Instant lastRefresh,
        Instant nextRetry, int failures) {

    public ConnectionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
    }

    static ConnectionStatus connecting(Instant now) {
        return new ConnectionStatus(ConnectionState.CONNECTING, null, now, null, null, 0);
    }

    ConnectionStatus moved(ConnectionState to, Instant now) {
        return new ConnectionStatus(to, problem, to == state ? since : now, lastRefresh, nextRetry, failures);
    }

    ConnectionStatus withProblem(ConnectionProblem value) {
        return new ConnectionStatus(state, value, since, lastRefresh, nextRetry, failures);
    }

    ConnectionStatus refreshed(Instant at) {
        return new ConnectionStatus(state, problem, since, at, null, 0);
    }

    ConnectionStatus failed(Instant retryAt) {
        return new ConnectionStatus(state, problem, since, lastRefresh, retryAt, failures + 1);
    }
}
