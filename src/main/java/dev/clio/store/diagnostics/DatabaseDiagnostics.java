package dev.clio.store.diagnostics;

import dev.clio.store.Database;
import dev.clio.store.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The runbook's "High Database Load" checks and remediations over the store's own database, answering in plain
 * records. No method throws: a database that does not answer yields {@link DiagnosticStatus#FAILED} with one line,
 * a question SQLite cannot answer yields {@link DiagnosticStatus#NOT_APPLICABLE}.
 *
 * <p>Every call borrows a pooled connection and blocks for as long as its query runs: the remediations
 * ({@link #createRecommendedIndexes()}, {@link #vacuumAnalyze()}) can take minutes on a large database, so call them
 * off any UI thread.
 */
public final class DatabaseDiagnostics {

    private static final String SQLITE_ONLY_ONE_SESSION = "not applicable on SQLite";
    private static final String NOT_ON_POSTGRESQL = "not applicable on PostgreSQL";

    @FunctionalInterface
    private interface Check<T> {
        Diagnosis<T> run() throws Exception;
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String description;
    private final Sql sql;
    private final PostgresDiagnostics postgres;
    private final SqliteDiagnostics sqlite;

    public DatabaseDiagnostics(Database database) {
        this(database.dataSource(), database.dialect(), database.describe(), database.config().sqliteFile());
    }

    /** @param sqliteFile the database file when the dialect is SQLite, else null */
    public DatabaseDiagnostics(DataSource dataSource, Dialect dialect, String description, Path sqliteFile) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.description = description;
        this.sql = new Sql(dataSource);
        this.postgres = new PostgresDiagnostics(sql);
        this.sqlite = dialect == Dialect.SQLITE ? new SqliteDiagnostics(sql, sqliteFile) : null;
    }

    /** Borrows a connection and runs {@code SELECT 1}; never throws. */
    public Connectivity connectivity() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            DatabaseMetaData meta = connection.getMetaData();
            return new Connectivity(true, description, meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion(), latency, null);
        } catch (SQLException | RuntimeException e) {
            return new Connectivity(false, description, null, null, Sql.firstLine(e));
        }
    }

    /** {@code pg_stat_activity} grouped by state, busiest first. */
    public Diagnosis<List<ConnectionCount>> connectionsByState() {
        return postgresOnly(() -> {
            List<ConnectionCount> counts = postgres.connectionsByState();
            return Diagnosis.ok(counts, counts.stream().mapToLong(ConnectionCount::connections).sum()
                    + " connections");
        });
    }

    /** Statements whose mean execution time exceeds {@code minMeanMillis} (the runbook uses 1000), slowest first. */
    public Diagnosis<List<SlowQuery>> slowQueries(int limit, double minMeanMillis) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
        return postgresOnly(() -> postgres.slowQueries(limit, minMeanMillis, serverMajorVersion()));
    }

    /** Sessions waiting for a lock, each with the session that holds it. */
    public Diagnosis<List<LockWait>> lockContention() {
        return postgresOnly(() -> {
            List<LockWait> waits = postgres.lockContention();
            return Diagnosis.ok(waits, waits.isEmpty() ? "no session is waiting for a lock"
                    : waits.size() + " lock waits");
        });
    }

    /** Remediation: creates the runbook's three indexes where they are missing (concurrently on PostgreSQL). */
    public Diagnosis<List<IndexOutcome>> createRecommendedIndexes() {
        return guarded(() -> {
            List<IndexOutcome> outcomes = dialect == Dialect.SQLITE ? sqlite.createRecommendedIndexes()
                    : postgres.createRecommendedIndexes();
            long created = outcomes.stream().filter(o -> o.action() != IndexOutcome.Action.ALREADY_PRESENT).count();
            return Diagnosis.ok(outcomes, created == 0 ? "all recommended indexes already present"
                    : created + " indexes created or rebuilt");
        });
    }

    /** Remediation: {@code VACUUM ANALYZE} of the store's tables on PostgreSQL, {@code ANALYZE} on SQLite. */
    public Diagnosis<Maintenance> vacuumAnalyze() {
        return guarded(() -> {
            long start = System.nanoTime();
            String command = dialect == Dialect.SQLITE ? sqlite.analyze() : postgres.vacuumAnalyze();
            return Diagnosis.ok(new Maintenance(command, Duration.ofNanos(System.nanoTime() - start)),
                    command + " done");
        });
    }

    /** SQLite's {@code PRAGMA integrity_check}. */
    public Diagnosis<IntegrityReport> integrityCheck() {
        return sqliteOnly(() -> {
            IntegrityReport report = sqlite.integrityCheck();
            return Diagnosis.ok(report, report.ok() ? "integrity check passed"
                    : report.problems().size() + " integrity problems");
        });
    }

    /** SQLite file size and page counts. */
    public Diagnosis<StorageStats> storage() {
        return sqliteOnly(() -> {
            StorageStats stats = sqlite.storage();
            return Diagnosis.ok(stats, stats.fileSizeBytes() + " bytes in " + stats.pageCount() + " pages");
        });
    }

    private int serverMajorVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseMajorVersion();
        }
    }

    private <T> Diagnosis<T> postgresOnly(Check<T> check) {
        return dialect == Dialect.POSTGRESQL ? guarded(check) : Diagnosis.notApplicable(SQLITE_ONLY_ONE_SESSION);
    }

    private <T> Diagnosis<T> sqliteOnly(Check<T> check) {
        return dialect == Dialect.SQLITE ? guarded(check) : Diagnosis.notApplicable(NOT_ON_POSTGRESQL);
    }

    private static <T> Diagnosis<T> guarded(Check<T> check) {
        try {
            return check.run();
        } catch (Exception e) {
            return Diagnosis.failed(Sql.firstLine(e));
        }
    }
}
