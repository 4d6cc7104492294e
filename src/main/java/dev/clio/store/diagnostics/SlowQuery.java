package dev.clio.store.diagnostics;

/** One normalised statement from {@code pg_stat_statements}. */
public record SlowQuery(String query, double meanMillis, long calls, double totalMillis) {
}
