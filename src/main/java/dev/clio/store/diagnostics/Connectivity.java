package dev.clio.store.diagnostics;

import java.time.Duration;

/**
 * Whether the database answers a trivial query, and how fast.
 *
 * @param database safe description (no password)
 * @param latency time to borrow a connection and run {@code SELECT 1}; null when it failed
 * @param error one line when not ok, else null
 */
public record Connectivity(boolean ok, String database, String serverVersion, Duration latency, String error) {
}
