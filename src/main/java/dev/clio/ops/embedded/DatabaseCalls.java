package dev.clio.ops.embedded;

import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.store.diagnostics.ConnectionCount;
import dev.clio.store.diagnostics.Connectivity;
import dev.clio.store.diagnostics.DatabaseDiagnostics;
import dev.clio.store.diagnostics.Diagnosis;
import dev.clio.store.diagnostics.DiagnosticStatus;
import dev.clio.store.diagnostics.IndexOutcome;
import dev.clio.store.diagnostics.LockWait;
import dev.clio.store.diagnostics.SlowQuery;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code database}: the store's diagnostics as tables and action results. An answer the database cannot give (no
 * {@code pg_stat_statements}, locks on SQLite) is an empty table whose note says why, never an error.
 */
final class DatabaseCalls {

    static final int SLOW_QUERY_LIMIT = 20;

    private final DatabaseDiagnostics diagnostics;
    private final String dialect;

    DatabaseCalls(DatabaseDiagnostics diagnostics, String dialect) {
        this.diagnostics = diagnostics;
        this.dialect = dialect;
    }

    /** Blocks for one {@code SELECT 1} (at most the pool's connection timeout). */
    Resources.DbStatus status() {
        Connectivity c = diagnostics.connectivity();
        double latency = c.latency() == null ? 0 : c.latency().toNanos() / 1_000_000.0;
        return new Resources.DbStatus(dialect, c.ok(), c.serverVersion(), latency,
                c.ok() ? c.database() + " answers" : c.database() + ": " + c.error());
    }

    Resources.Table activity() {
        return table("Connections by state", List.of("state", "connections"), diagnostics.connectionsByState(),
                (ConnectionCount c) -> List.of(c.state(), String.valueOf(c.connections())));
    }

    Resources.Table slowQueries() {
        return table("Slowest statements by mean time", List.of("query", "mean_ms", "calls", "total_ms"),
                diagnostics.slowQueries(SLOW_QUERY_LIMIT, 0), (SlowQuery q) -> List.of(q.query(),
                        fmt(q.meanMillis()), String.valueOf(q.calls()), fmt(q.totalMillis())));
    }

    Resources.Table locks() {
        return table("Blocked and blocking sessions", List.of("blocked_pid", "blocking_pid", "blocked_statement",
                "blocking_statement", "blocking_state", "waiting_seconds"), diagnostics.lockContention(),
                (LockWait w) -> List.of(String.valueOf(w.blockedPid()), String.valueOf(w.blockingPid()),
                        w.blockedStatement(), w.blockingStatement(), w.blockingState(),
                        w.waiting() == null ? "" : fmt(w.waiting().toMillis() / 1000.0)));
    }

    Resources.ActionResult createIndexes() {
        Diagnosis<List<IndexOutcome>> d = acted(diagnostics.createRecommendedIndexes());
        String detail = d.value() == null ? "" : ": " + String.join(", ", d.value().stream()
                .map(o -> o.name() + " " + o.action().name().toLowerCase(Locale.ROOT)).toList());
        return new Resources.ActionResult("db.create-indexes", true, d.message() + detail);
    }

    Resources.ActionResult vacuum() {
        return new Resources.ActionResult("db.vacuum", true, acted(diagnostics.vacuumAnalyze()).message());
    }

    /** A failed remediation is an error (so its audit record says so); not applicable is a plain answer. */
    private static <T> Diagnosis<T> acted(Diagnosis<T> d) {
        if (d.status() == DiagnosticStatus.FAILED) {
            throw OpsException.unavailable(d.message());
        }
        if (d.status() != DiagnosticStatus.OK) {
            throw OpsException.invalid(d.message());
        }
        return d;
    }

    private static <T> Resources.Table table(String title, List<String> columns, Diagnosis<List<T>> d,
            Function<T, List<String>> row) {
        if (d.status() == DiagnosticStatus.FAILED) {
            throw OpsException.unavailable(d.message());
        }
        List<List<String>> rows = d.value() == null ? List.of()
                : d.value().stream().map(row).map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
        String note = d.message() == null || d.message().isBlank() ? rows.size() + " rows" : d.message();
        return new Resources.Table(title, columns, rows, note);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
