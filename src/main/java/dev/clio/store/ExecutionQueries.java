package dev.clio.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The row-level read queries of {@link JdbcExecutionStore}. */
final class ExecutionQueries {

    private static final String EXECUTION_COLUMNS = """
            SELECT execution_id, workflow_name, workflow_file, user_id, dry_run, status, tokens_used, error,
                started_at, ended_at FROM executions""";
    private static final String NEWEST_FIRST = " ORDER BY started_at DESC, execution_id DESC LIMIT ?";

    private final Jdbc jdbc;
    private final Dialect dialect;

    ExecutionQueries(Jdbc jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    Optional<ExecutionRecord> execution(String executionId) {
        return jdbc.query(EXECUTION_COLUMNS + " WHERE execution_id = ?", s -> s.setString(1, executionId),
                this::execution).stream().findFirst();
    }

    /** Newest first; all workflows when {@code workflowName} is null. */
    List<ExecutionRecord> recent(String workflowName, int limit) {
        if (workflowName == null) {
            return jdbc.query(EXECUTION_COLUMNS + NEWEST_FIRST, s -> s.setInt(1, limit), this::execution);
        }
        return jdbc.query(EXECUTION_COLUMNS + " WHERE workflow_name = ?" + NEWEST_FIRST, s -> {
            s.setString(1, workflowName);
            s.setInt(2, limit);
        }, this::execution);
    }

    List<ExecutionRecord> failures(Instant since, int limit) {
        return jdbc.query(EXECUTION_COLUMNS + " WHERE status IN ('failed', 'interrupted') AND started_at >= ?"
                + NEWEST_FIRST, s -> {
                    dialect.bind(s, 1, since);
                    s.setInt(2, limit);
                }, this::execution);
    }

    List<StepRecord> steps(String executionId) {
        // Skipped steps never started: they sort after the started ones, by id.
        return jdbc.query("""
                SELECT execution_id, step_id, step_name, actor, attempts, status, tokens_used, error, started_at,
                    ended_at FROM steps WHERE execution_id = ?
                ORDER BY CASE WHEN started_at IS NULL THEN 1 ELSE 0 END, started_at, step_id""",
                s -> s.setString(1, executionId), this::step);
    }

    List<ArtifactRecord> artifacts(String executionId) {
        return jdbc.query("""
                SELECT a.id, w.name, a.execution_id, a.step_id, a.path, a.size_bytes, a.created_at
                FROM artifacts a JOIN workflows w ON w.id = a.workflow_id
                WHERE a.execution_id = ? ORDER BY a.id""", s -> s.setString(1, executionId),
                row -> new ArtifactRecord(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getLong(6), dialect.read(row, "created_at")));
    }

    private ExecutionRecord execution(ResultSet row) throws SQLException {
        String file = row.getString("workflow_file");
        return new ExecutionRecord(row.getString("execution_id"), row.getString("workflow_name"),
                file == null || file.isEmpty() ? null : file, row.getString("user_id"), row.getBoolean("dry_run"),
                row.getString("status"), row.getLong("tokens_used"), row.getString("error"),
                dialect.read(row, "started_at"), dialect.read(row, "ended_at"));
    }

    private StepRecord step(ResultSet row) throws SQLException {
        return new StepRecord(row.getString("execution_id"), row.getString("step_id"), row.getString("step_name"),
                row.getString("actor"), row.getInt("attempts"), row.getString("status"), row.getLong("tokens_used"),
                row.getString("error"), dialect.read(row, "started_at"), dialect.read(row, "ended_at"));
    }
}
