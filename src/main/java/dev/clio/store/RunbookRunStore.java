package dev.clio.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The runbook run history table, on SQLite or PostgreSQL. Thread-safe; each call borrows a pooled connection. */
public final class RunbookRunStore {

    public static final int MAX_LIMIT = 1000;

    private final Jdbc jdbc;
    private final Dialect dialect;

    public RunbookRunStore(DataSource dataSource, Dialect dialect) {
        this.jdbc = new Jdbc(dataSource);
        this.dialect = dialect;
    }

    public void insert(RunbookRunRow r) {
        jdbc.update("""
                INSERT INTO runbook_runs (id, at, operator, role, runbook_id, step_id, kind, status, verdict, summary,
                    params, secret_params, confirmation, target, environment, digest, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
                    s.setString(1, r.id());
                    dialect.bind(s, 2, r.at());
                    s.setString(3, r.operator());
                    s.setString(4, r.role());
                    s.setString(5, r.runbookId());
                    s.setString(6, r.stepId());
                    s.setString(7, r.kind());
                    s.setString(8, r.status());
                    s.setString(9, r.verdict());
                    s.setString(10, r.summary());
                    s.setString(11, r.paramsJson());
                    s.setString(12, r.secretParamsJson());
                    s.setString(13, r.confirmation());
                    s.setString(14, r.target());
                    s.setString(15, r.environment());
                    s.setString(16, r.digestJson());
                    s.setLong(17, r.durationMs());
                });
    }

    /** The newest runs first; ties in time keep insertion order reversed by id. */
    public List<RunbookRunRow> recent(int limit) {
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        return jdbc.query("SELECT * FROM runbook_runs ORDER BY at DESC, id DESC LIMIT ?", s -> s.setInt(1, n),
                this::row);
    }

    private RunbookRunRow row(ResultSet r) throws SQLException {
        return new RunbookRunRow(r.getString("id"), dialect.read(r, "at"), r.getString("operator"),
                r.getString("role"), r.getString("runbook_id"), r.getString("step_id"), r.getString("kind"),
                r.getString("status"), r.getString("verdict"), r.getString("summary"), r.getString("params"),
                r.getString("secret_params"), r.getString("confirmation"), r.getString("target"),
                r.getString("environment"), r.getString("digest"), r.getLong("duration_ms"));
    }
}
