package dev.clio.connections;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of one open connection, as the status bar shows it.
 *
 * <ul>
 *   <li>{@code CONNECTING}: opened, no probe has answered yet.</li>
 *   <li>{@code CONNECTED}: the last probe answered quickly and the service reports itself healthy.</li>
 *   <li>{@code DEGRADED}: answers arrive, but slowly, or the service reports itself degraded or unhealthy, or it
 *       refuses for a while (rate limited).</li>
 *   <li>{@code DISCONNECTED}: the last probe failed (unreachable, timed out, key refused); retried with backoff.</li>
 * </ul>
 */
public enum ConnectionState {
    CONNECTING, CONNECTED, DEGRADED, DISCONNECTED;

    /** Where this state may go; staying put is not a transition. */
    public Set<ConnectionState> next() {
        return switch (this) {
            case CONNECTING -> EnumSet.of(CONNECTED, DEGRADED, DISCONNECTED);
            case CONNECTED -> EnumSet.of(DEGRADED, DISCONNECTED);
            case DEGRADED -> EnumSet.of(CONNECTED, DISCONNECTED);
            case DISCONNECTED -> EnumSet.of(CONNECTING, CONNECTED, DEGRADED);
        };
    }

    public boolean canMoveTo(ConnectionState target) {
        return next().contains(target);
    }
}
