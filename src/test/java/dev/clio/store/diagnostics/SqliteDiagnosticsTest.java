package dev.clio.store.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDiagnosticsTest {

    @TempDir
    Path dir;

    private Database database;
    private DatabaseDiagnostics diagnostics;

    @BeforeEach
    void open() {
        database = Database.sqlite(dir.resolve("orchestrator.db"));
        diagnostics = new DatabaseDiagnostics(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void connectivityReportsTheSqliteVersionAndALatency() {
        Connectivity connectivity = diagnostics.connectivity();

        assertThat(connectivity.ok()).isTrue();
        assertThat(connectivity.serverVersion()).startsWith("SQLite 3.");
        assertThat(connectivity.latency()).isPositive();
        assertThat(connectivity.database()).isEqualTo("SQLite " + dir.resolve("orchestrator.db"));
    }

    @Test
    void aClosedDatabaseIsReportedNotThrown() {
        database.close();

        Connectivity connectivity = diagnostics.connectivity();

        assertThat(connectivity.ok()).isFalse();
        assertThat(connectivity.error()).isNotBlank().doesNotContain("\n");
        assertThat(diagnostics.integrityCheck().status()).isEqualTo(DiagnosticStatus.FAILED);
    }

    @Test
    void serverSessionQuestionsAreNotApplicable() {
        assertThat(diagnostics.connectionsByState().status()).isEqualTo(DiagnosticStatus.NOT_APPLICABLE);
        assertThat(diagnostics.slowQueries(5, 1000).message()).isEqualTo("not applicable on SQLite");
        assertThat(diagnostics.lockContention().status()).isEqualTo(DiagnosticStatus.NOT_APPLICABLE);
    }

    @Test
    void integrityCheckAndStorageDescribeTheFile() throws Exception {
        Diagnosis<IntegrityReport> integrity = diagnostics.integrityCheck();
        Diagnosis<StorageStats> storage = diagnostics.storage();

        assertThat(integrity.value()).isEqualTo(new IntegrityReport(true, java.util.List.of()));
        assertThat(storage.value().pageSize()).isPositive();
        assertThat(storage.value().pageCount()).isPositive();
        assertThat(storage.value().fileSizeBytes()).isGreaterThanOrEqualTo(Files.size(dir.resolve("orchestrator.db")));
    }

    @Test
    void missingRunbookIndexesAreCreatedAndPresentOnesLeftAlone() throws SQLException {
        execute("DROP INDEX idx_executions_status");

        Diagnosis<java.util.List<IndexOutcome>> first = diagnostics.createRecommendedIndexes();
        Diagnosis<java.util.List<IndexOutcome>> second = diagnostics.createRecommendedIndexes();

        assertThat(first.value()).extracting(IndexOutcome::name, IndexOutcome::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("idx_workflows_created_at", IndexOutcome.Action.ALREADY_PRESENT),
                org.assertj.core.groups.Tuple.tuple("idx_executions_status", IndexOutcome.Action.CREATED),
                org.assertj.core.groups.Tuple.tuple("idx_artifacts_workflow_id", IndexOutcome.Action.ALREADY_PRESENT));
        assertThat(second.value()).extracting(IndexOutcome::action).containsOnly(IndexOutcome.Action.ALREADY_PRESENT);
        assertThat(second.message()).isEqualTo("all recommended indexes already present");
    }

    @Test
    void vacuumAnalyzeRunsAnalyzeOnSqlite() throws SQLException {
        Diagnosis<Maintenance> result = diagnostics.vacuumAnalyze();

        assertThat(result.value().command()).isEqualTo("ANALYZE");
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
