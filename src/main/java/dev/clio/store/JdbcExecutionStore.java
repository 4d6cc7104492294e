package dev.clio.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link ExecutionStore} over JDBC, for SQLite and PostgreSQL alike. Every call runs in its own short transaction on a
 * pooled connection and commits before it returns; the class holds no mutable state, so it is thread-safe, and
 * several processes may share one database. Calls block while another writer holds the SQLite lock (up to the busy
 * timeout) or while the pool has no free connection (up to five seconds).
 */
public final class JdbcExecutionStore implements ExecutionStore {

    static final Set<String> ACTIVE = Set.of("running", "paused");
    static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled", "interrupted");
    private static final Set<String> STEP_ENDS = Set.of("succeeded", "failed", "skipped", "cancelled", "interrupted");
    private static final int MAX_LIMIT = 10_000;

    private final Jdbc jdbc;
    private final Dialect dialect;
    private final Clock clock;
    private final ProcessOwner owner;
    private final ExecutionQueries queries;
    private final AutoCloseable resource;

    /** A store over a data source that the caller keeps and closes. */
    public JdbcExecutionStore(DataSource dataSource, Dialect dialect) {
        this(dataSource, dialect, Clock.systemUTC(), ProcessOwner.current(), null);
    }

    /**
     * @param clock only used to time-stamp executions that {@link #markRunningAsInterrupted()} interrupts
     * @param owner the process recorded as running new executions
     */
    public JdbcExecutionStore(DataSource dataSource, Dialect dialect, Clock clock, ProcessOwner owner) {
        this(dataSource, dialect, clock, owner, null);
    }

    private JdbcExecutionStore(DataSource dataSource, Dialect dialect, Clock clock, ProcessOwner owner,
            AutoCloseable resource) {
        this.jdbc = new Jdbc(Objects.requireNonNull(dataSource, "dataSource"));
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.queries = new ExecutionQueries(jdbc, dialect);
        this.resource = resource;
    }

    /** Opens (and migrates) the database and returns a store that closes it on {@link #close()}. */
    public static JdbcExecutionStore open(DatabaseConfig config) {
        Database database = Database.open(config);
        return new JdbcExecutionStore(database.dataSource(), database.dialect(), Clock.systemUTC(),
                ProcessOwner.current(), database);
    }

    @Override
    public void executionStarted(String executionId, String workflowName, String workflowFile, String userId,
            boolean dryRun, Instant at) {
        require(executionId, "executionId");
        require(workflowName, "workflowName");
        Objects.requireNonNull(at, "at");
        String file = workflowFile == null ? "" : workflowFile;
        jdbc.inTransaction(connection -> {
            if (exists(connection, executionId)) {
                throw new StoreException("execution " + executionId + " is already recorded");
            }
            long workflowId = workflowId(connection, workflowName, file, at);
            Jdbc.update(connection, """
                    INSERT INTO executions (execution_id, workflow_id, workflow_name, workflow_file, user_id, dry_run,
                        status, tokens_used, started_at, owner_host, owner_pid, owner_started_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'running', 0, ?, ?, ?, ?)""", s -> {
                        s.setString(1, executionId);
                        s.setLong(2, workflowId);
                        s.setString(3, workflowName);
                        s.setString(4, file);
                        s.setString(5, userId);
                        s.setBoolean(6, dryRun);
                        dialect.bind(s, 7, at);
                        s.setString(8, owner.host());
                        s.setLong(9, owner.pid());
                        dialect.bind(s, 10, owner.startedAt());
                    });
            return null;
        });
    }

    @Override
    public void executionFinished(String executionId, String status, long tokensUsed, String error, Instant at) {
        requireStatus(status, FINAL, "final execution status");
        Objects.requireNonNull(at, "at");
        int changed = jdbc.update("""
                UPDATE executions SET status = ?, tokens_used = ?, error = ?, ended_at = ?
                WHERE execution_id = ?""", s -> {
                    s.setString(1, status);
                    s.setLong(2, tokensUsed);
                    s.setString(3, error);
                    dialect.bind(s, 4, at);
                    s.setString(5, executionId);
                });
        requireChanged(changed, "no execution " + executionId);
    }

    @Override
    public void executionStatus(String executionId, String status) {
        requireStatus(status, ACTIVE, "non-final execution status");
        int changed = jdbc.update("UPDATE executions SET status = ? WHERE execution_id = ?", s -> {
            s.setString(1, status);
            s.setString(2, executionId);
        });
        requireChanged(changed, "no execution " + executionId);
    }

    @Override
    public void stepStarted(String executionId, String stepId, String stepName, String actor, int attempt,
            Instant at) {
        require(stepId, "stepId");
        Objects.requireNonNull(at, "at");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, got " + attempt);
        }
        jdbc.inTransaction(connection -> {
            requireExecution(connection, executionId);
            // A retry keeps the first attempt's start time, so the step's duration covers all its attempts.
            Jdbc.update(connection, """
                    INSERT INTO steps (execution_id, step_id, step_name, actor, attempts, status, tokens_used,
                        started_at)
                    VALUES (?, ?, ?, ?, ?, 'running', 0, ?)
                    ON CONFLICT (execution_id, step_id) DO UPDATE SET attempts = excluded.attempts,
                        status = 'running', step_name = excluded.step_name, actor = excluded.actor,
                        error = NULL, ended_at = NULL,
                        started_at = COALESCE(steps.started_at, excluded.started_at)""", s -> {
                        s.setString(1, executionId);
                        s.setString(2, stepId);
                        s.setString(3, stepName == null ? stepId : stepName);
                        s.setString(4, actor == null ? "" : actor);
                        s.setInt(5, attempt);
                        dialect.bind(s, 6, at);
                    });
            return null;
        });
    }

    @Override
    public void stepFinished(String executionId, String stepId, String status, long tokensUsed, String error,
            Instant at) {
        requireStatus(status, STEP_ENDS, "final step status");
        Objects.requireNonNull(at, "at");
        int changed = jdbc.update("""
                UPDATE steps SET status = ?, tokens_used = tokens_used + ?, error = ?, ended_at = ?
                WHERE execution_id = ? AND step_id = ?""", s -> {
                    s.setString(1, status);
                    s.setLong(2, tokensUsed);
                    s.setString(3, error);
                    dialect.bind(s, 4, at);
                    s.setString(5, executionId);
                    s.setString(6, stepId);
                });
        requireChanged(changed, "no step " + stepId + " in execution " + executionId + " (record stepStarted first)");
    }

    @Override
    public void stepSkipped(String executionId, String stepId, String stepName, String actor, String reason,
            Instant at) {
        require(stepId, "stepId");
        Objects.requireNonNull(at, "at");
        jdbc.inTransaction(connection -> {
            requireExecution(connection, executionId);
            Jdbc.update(connection, """
                    INSERT INTO steps (execution_id, step_id, step_name, actor, attempts, status, tokens_used, error,
                        ended_at)
                    VALUES (?, ?, ?, ?, 0, 'skipped', 0, ?, ?)
                    ON CONFLICT (execution_id, step_id) DO UPDATE SET status = 'skipped', error = excluded.error,
                        ended_at = excluded.ended_at""", s -> {
                        s.setString(1, executionId);
                        s.setString(2, stepId);
                        s.setString(3, stepName == null ? stepId : stepName);
                        s.setString(4, actor == null ? "" : actor);
                        s.setString(5, reason);
                        dialect.bind(s, 6, at);
                    });
            return null;
        });
    }

    @Override
    public void artifactRecorded(String executionId, String stepId, String path, long sizeBytes, Instant at) {
        require(path, "path");
        Objects.requireNonNull(at, "at");
        int changed = jdbc.update("""
                INSERT INTO artifacts (workflow_id, execution_id, step_id, path, size_bytes, created_at)
                SELECT workflow_id, execution_id, ?, ?, ?, ? FROM executions WHERE execution_id = ?""", s -> {
                    s.setString(1, stepId);
                    s.setString(2, path);
                    s.setLong(3, sizeBytes);
                    dialect.bind(s, 4, at);
                    s.setString(5, executionId);
                });
        requireChanged(changed, "no execution " + executionId);
    }

    @Override
    public Optional<ExecutionRecord> execution(String executionId) {
        return queries.execution(executionId);
    }

    @Override
    public List<ExecutionRecord> recentExecutions(int limit) {
        return queries.recent(null, checkedLimit(limit));
    }

    @Override
    public List<ExecutionRecord> recentExecutions(String workflowName, int limit) {
        return queries.recent(Objects.requireNonNull(workflowName, "workflowName"), checkedLimit(limit));
    }

    @Override
    public List<ExecutionRecord> recentFailures(Instant since, int limit) {
        return queries.failures(Objects.requireNonNull(since, "since"), checkedLimit(limit));
    }

    @Override
    public List<StepRecord> steps(String executionId) {
        return queries.steps(executionId);
    }

    @Override
    public List<ArtifactRecord> artifacts(String executionId) {
        return queries.artifacts(executionId);
    }

    @Override
    public List<DailyStat> dailyStats(int days, Instant now) {
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be between 1 and 3660, got " + days);
        }
        return new StatsQueries(jdbc, dialect).daily(days, Objects.requireNonNull(now, "now"));
    }

    @Override
    public WindowStats windowStats(Instant from, Instant to) {
        if (!Objects.requireNonNull(from, "from").isBefore(Objects.requireNonNull(to, "to"))) {
            throw new IllegalArgumentException("window start " + from + " must be before its end " + to);
        }
        return new StatsQueries(jdbc, dialect).window(from, to);
    }

    @Override
    public int markRunningAsInterrupted() {
        return new Interrupter(jdbc, dialect, ProcessOwner.localHost()).interruptOrphans(clock.instant());
    }

    @Override
    public void close() {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new StoreException("cannot close the store: " + Jdbc.firstLine(e), e);
            }
        }
    }

    static boolean exists(Connection connection, String executionId) throws SQLException {
        return !Jdbc.query(connection, "SELECT 1 FROM executions WHERE execution_id = ?",
                s -> s.setString(1, executionId), row -> Boolean.TRUE).isEmpty();
    }

    private static void requireExecution(Connection connection, String executionId) throws SQLException {
        if (!exists(connection, executionId)) {
            throw new StoreException("no execution " + executionId);
        }
    }

    private long workflowId(Connection connection, String name, String file, Instant at) throws SQLException {
        Jdbc.update(connection, """
                INSERT INTO workflows (name, file, created_at) VALUES (?, ?, ?)
                ON CONFLICT (name, file) DO NOTHING""", s -> {
                    s.setString(1, name);
                    s.setString(2, file);
                    dialect.bind(s, 3, at);
                });
        return Jdbc.query(connection, "SELECT id FROM workflows WHERE name = ? AND file = ?", s -> {
            s.setString(1, name);
            s.setString(2, file);
        }, row -> row.getLong(1)).get(0);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requireStatus(String status, Set<String> allowed, String what) {
        if (status == null || !allowed.contains(status)) {
            throw new IllegalArgumentException("'" + status + "' is not a " + what + "; expected one of "
                    + allowed.stream().sorted().toList());
        }
    }

    private static void requireChanged(int changed, String message) {
        if (changed == 0) {
            throw new StoreException(message);
        }
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }
}
