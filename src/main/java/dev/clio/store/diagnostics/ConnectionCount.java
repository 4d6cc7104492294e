package dev.clio.store.diagnostics;

/** Server connections in one {@code pg_stat_activity} state ({@code background} for processes without a state). */
public record ConnectionCount(String state, long connections) {
}
