package dev.clio.store.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.clio.store.Database;
import dev.clio.store.DatabaseConfig;
import dev.clio.store.PoolSettings;
import dev.clio.store.PostgresTestSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runbook's database checks against the real PostgreSQL, in a schema of this class's own. */
class PostgresDiagnosticsTest {

    private static PostgresTestSchema schema;
    private Database database;
    private DatabaseDiagnostics diagnostics;

    @BeforeAll
    static void createSchema() {
        schema = PostgresTestSchema.create();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schema != null) {
            schema.close();
        }
    }

    @BeforeEach
    void open() throws SQLException {
        database = Database.open(DatabaseConfig.parse(schema.url(), new PoolSettings(2, 4)));
        diagnostics = new DatabaseDiagnostics(database);
        for (String table : List.of("artifacts", "steps", "executions", "workflows")) {
            execute("DELETE FROM " + table);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void connectivityReportsTheServerVersionAndALatency() {
        Connectivity connectivity = diagnostics.connectivity();

        assertThat(connectivity.ok()).isTrue();
        assertThat(connectivity.serverVersion()).startsWith("PostgreSQL ");
        assertThat(connectivity.latency()).isPositive();
        assertThat(connectivity.error()).isNull();
    }

    @Test
    void connectionsAreGroupedByStateIncludingThisActiveQuery() {
        Diagnosis<List<ConnectionCount>> result = diagnostics.connectionsByState();

        assertThat(result.status()).isEqualTo(DiagnosticStatus.OK);
        assertThat(result.value()).anySatisfy(count -> {
            assertThat(count.state()).isEqualTo("active");
            assertThat(count.connections()).isPositive();
        });
    }

    @Test
    void slowQueriesNeedPgStatStatementsAndSayHowToInstallIt() throws SQLException {
        Diagnosis<List<SlowQuery>> result = diagnostics.slowQueries(5, 1000);

        if (preloaded()) {
            assertThat(result.status()).isEqualTo(DiagnosticStatus.OK);
        } else {
            assertThat(result.status()).isEqualTo(DiagnosticStatus.NOT_INSTALLED);
            assertThat(result.message()).isEqualTo("extension not installed: add pg_stat_statements to "
                    + "shared_preload_libraries and run CREATE EXTENSION pg_stat_statements");
        }
    }

    @Test
    void anExtensionCreatedButNotPreloadedIsReportedTheSameWay() throws SQLException {
        String name = schema.schema() + "_ext";
        try (Connection admin = schema.connect(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = "postgresql://" + schema.user() + "@" + PostgresTestSchema.HOST + ":" + PostgresTestSchema.PORT
                + "/" + name;
        try (Database other = Database.open(DatabaseConfig.parse(url, new PoolSettings(1, 1)))) {
            try (Connection connection = other.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION pg_stat_statements");
            }
            Diagnosis<List<SlowQuery>> result = new DatabaseDiagnostics(other).slowQueries(5, 0);
            assertThat(result.status()).isEqualTo(preloaded() ? DiagnosticStatus.OK : DiagnosticStatus.NOT_INSTALLED);
        } finally {
            try (Connection admin = schema.connect(); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    @Test
    void aRowLockHeldByOneSessionShowsWhoBlocksWhom() throws Exception {
        execute("INSERT INTO workflows (name, file, created_at) VALUES ('W', 'w.yaml', now())");
        try (Connection holder = database.dataSource().getConnection();
                Connection waiter = database.dataSource().getConnection()) {
            long holderPid = pid(holder);
            long waiterPid = pid(waiter);
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("UPDATE workflows SET file = 'held.yaml' WHERE name = 'W'");
            }
            try (Statement statement = waiter.createStatement()) {
                statement.execute("SET statement_timeout = '30s'");
            }
            CompletableFuture<Integer> blocked = CompletableFuture.supplyAsync(() -> update(waiter));

            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(diagnostics.lockContention().value())
                            .extracting(LockWait::blockedPid, LockWait::blockingPid)
                            .contains(tuple(waiterPid, holderPid)));
            LockWait wait = diagnostics.lockContention().value().stream()
                    .filter(w -> w.blockedPid() == waiterPid).findFirst().orElseThrow();
            assertThat(wait.blockedStatement()).contains("waiting.yaml");
            assertThat(wait.blockingState()).isEqualTo("idle in transaction");
            assertThat(blocked).isNotDone();

            holder.rollback();
            assertThat(blocked.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(diagnostics.lockContention().value()).noneMatch(w -> w.blockedStatement().contains("waiting.yaml"));
    }

    @Test
    void missingIndexesAreCreatedConcurrentlyAndInvalidOnesRebuilt() throws SQLException {
        execute("DROP INDEX idx_executions_status");
        execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = '" + schema.schema()
                + ".idx_artifacts_workflow_id'::regclass");

        Diagnosis<List<IndexOutcome>> result = diagnostics.createRecommendedIndexes();

        assertThat(result.value()).extracting(IndexOutcome::name, IndexOutcome::action).containsExactly(
                tuple("idx_workflows_created_at", IndexOutcome.Action.ALREADY_PRESENT),
                tuple("idx_executions_status", IndexOutcome.Action.CREATED),
                tuple("idx_artifacts_workflow_id", IndexOutcome.Action.REBUILT));
        assertThat(diagnostics.createRecommendedIndexes().value()).extracting(IndexOutcome::action)
                .containsOnly(IndexOutcome.Action.ALREADY_PRESENT);
    }

    @Test
    void vacuumAnalyzeRefreshesThePlannerStatisticsOfTheStoreTables() throws SQLException {
        execute("INSERT INTO workflows (name, file, created_at) SELECT 'W' || g, 'f', now()"
                + " FROM generate_series(1, 25) g");

        Diagnosis<Maintenance> result = diagnostics.vacuumAnalyze();

        assertThat(result.value().command()).isEqualTo("VACUUM (ANALYZE) workflows, executions, steps, artifacts");
        assertThat(scalar("SELECT reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relname = 'workflows' AND n.nspname = current_schema()")).isEqualTo(25);
    }

    @Test
    void sqliteOnlyChecksAreNotApplicableAndADeadPoolIsReported() {
        assertThat(diagnostics.integrityCheck().status()).isEqualTo(DiagnosticStatus.NOT_APPLICABLE);
        assertThat(diagnostics.storage().message()).isEqualTo("not applicable on PostgreSQL");

        database.close();

        assertThat(diagnostics.connectivity().ok()).isFalse();
        assertThat(diagnostics.lockContention().status()).isEqualTo(DiagnosticStatus.FAILED);
    }

    private static int update(Connection waiter) {
        try (Statement statement = waiter.createStatement()) {
            return statement.executeUpdate("UPDATE workflows SET file = 'waiting.yaml' WHERE name = 'W'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean preloaded() throws SQLException {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW shared_preload_libraries")) {
            rows.next();
            return rows.getString(1).contains("pg_stat_statements");
        }
    }

    private static long pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
