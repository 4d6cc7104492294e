package dev.clio.store.diagnostics;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runbook's "High Database Load" queries and remediations on PostgreSQL. */
final class PostgresDiagnostics {

    static final String STATEMENTS_MISSING = "extension not installed: add pg_stat_statements to "
            + "shared_preload_libraries and run CREATE EXTENSION pg_stat_statements";
    /** PostgreSQL's SQLSTATE when pg_stat_statements is created but not preloaded. */
    private static final String NOT_IN_PREREQUISITE_STATE = "55000";
    static final String TABLES = "workflows, executions, steps, artifacts";

    private final Sql sql;

    PostgresDiagnostics(Sql sql) {
        this.sql = sql;
    }

    List<ConnectionCount> connectionsByState() throws SQLException {
        return sql.query("""
                SELECT COALESCE(state, 'background') AS state, count(*) AS connections
                FROM pg_stat_activity GROUP BY 1 ORDER BY 2 DESC, 1""",
                row -> new ConnectionCount(row.getString(1), row.getLong(2)));
    }

    Diagnosis<List<SlowQuery>> slowQueries(int limit, double minMeanMillis, int serverMajorVersion)
            throws SQLException {
        Optional<String> schema = sql.query("""
                SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                WHERE e.extname = 'pg_stat_statements'""", row -> row.getString(1)).stream().findFirst();
        if (schema.isEmpty()) {
            return Diagnosis.notInstalled(STATEMENTS_MISSING);
        }
        // The runbook's mean_time was renamed mean_exec_time in PostgreSQL 13.
        String prefix = serverMajorVersion >= 13 ? "_exec" : "";
        String mean = "mean" + prefix + "_time";
        String view = "\"" + schema.get().replace("\"", "\"\"") + "\".pg_stat_statements";
        try {
            List<SlowQuery> queries = sql.query("SELECT query, " + mean + ", calls, total" + prefix + "_time FROM "
                    + view + " WHERE " + mean + " > ? ORDER BY " + mean + " DESC LIMIT ?", s -> {
                        s.setDouble(1, minMeanMillis);
                        s.setInt(2, limit);
                    }, row -> new SlowQuery(row.getString(1), row.getDouble(2), row.getLong(3), row.getDouble(4)));
            return Diagnosis.ok(queries, queries.size() + " statements with mean time above " + minMeanMillis + " ms");
        } catch (SQLException e) {
            if (NOT_IN_PREREQUISITE_STATE.equals(e.getSQLState())) {
                return Diagnosis.notInstalled(STATEMENTS_MISSING);
            }
            throw e;
        }
    }

    /**
     * Who blocks whom. The runbook's query pairs locks by lock type only, which lists every holder of any lock of
     * that type as "blocking"; {@code pg_blocking_pids} (PostgreSQL 9.6+) names exactly the sessions in the way.
     */
    List<LockWait> lockContention() throws SQLException {
        return sql.query("""
                SELECT blocked.pid, blocking.pid, blocked.query, blocking.query, blocking.state,
                    EXTRACT(EPOCH FROM (clock_timestamp() - blocked.query_start)) * 1000
                FROM pg_stat_activity blocked
                CROSS JOIN LATERAL unnest(pg_blocking_pids(blocked.pid)) AS b(pid)
                JOIN pg_stat_activity blocking ON blocking.pid = b.pid
                ORDER BY blocked.pid, blocking.pid""", row -> new LockWait(row.getLong(1), row.getLong(2),
                row.getString(3), row.getString(4), row.getString(5), Duration.ofMillis(Math.round(row.getDouble(6)))));
    }

    /**
     * Creates the runbook's indexes with {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} (no write lock on the
     * table), and rebuilds one left invalid by an earlier failed concurrent build, which IF NOT EXISTS would skip.
     */
    List<IndexOutcome> createRecommendedIndexes() throws SQLException {
        List<IndexOutcome> outcomes = new ArrayList<>();
        for (RecommendedIndex index : RecommendedIndex.RUNBOOK) {
            Optional<Boolean> valid = sql.query("""
                    SELECT i.indisvalid FROM pg_index i
                    JOIN pg_class c ON c.oid = i.indexrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relname = ? AND n.nspname = current_schema()""", s -> s.setString(1, index.name()),
                    row -> row.getBoolean(1)).stream().findFirst();
            if (valid.isEmpty()) {
                sql.execute(index.createSql(true));
                outcomes.add(index.outcome(IndexOutcome.Action.CREATED));
            } else if (!valid.get()) {
                sql.execute("REINDEX INDEX CONCURRENTLY " + index.name());
                outcomes.add(index.outcome(IndexOutcome.Action.REBUILT));
            } else {
                outcomes.add(index.outcome(IndexOutcome.Action.ALREADY_PRESENT));
            }
        }
        return outcomes;
    }

    /**
     * {@code VACUUM ANALYZE} of the store's own tables only: the runbook's database-wide form (and its
     * {@code REINDEX DATABASE}, which locks every table) would also work through tables this product does not own.
     */
    String vacuumAnalyze() throws SQLException {
        String command = "VACUUM (ANALYZE) " + TABLES;
        sql.execute(command);
        return command;
    }
}
