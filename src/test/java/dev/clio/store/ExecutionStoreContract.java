package dev.clio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ExecutionStore} database must show; run against SQLite and the real PostgreSQL.
 */
abstract class ExecutionStoreContract {

    static final Instant T0 = Instant.parse("2026-03-10T09:15:30.123Z");
    static final PoolSettings SMALL_POOL = new PoolSettings(2, 3);

    protected Database database;
    protected JdbcExecutionStore store;
    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);

    /** A URL for {@link DatabaseConfig#parse}; the same for every test of one instance. */
    protected abstract String databaseUrl();

    @BeforeEach
    void openStore() throws SQLException {
        database = Database.open(DatabaseConfig.parse(databaseUrl(), SMALL_POOL));
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : List.of("artifacts", "steps", "executions", "workflows")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        store = new JdbcExecutionStore(database.dataSource(), database.dialect(), clock, ProcessOwner.current());
    }

    @AfterEach
    void closeStore() {
        store.close();
        database.close();
    }

    @Test
    void aStartedExecutionReadsBackAsRunningWithItsFields() {
        store.executionStarted("exec_1", "CODE_QUALITY", ".ai/workflows/CODE_QUALITY.yaml", "alice", true, T0);

        ExecutionRecord record = store.execution("exec_1").orElseThrow();

        assertThat(record).isEqualTo(new ExecutionRecord("exec_1", "CODE_QUALITY",
                ".ai/workflows/CODE_QUALITY.yaml", "alice", true, "running", 0, null, T0, null));
        assertThat(store.execution("exec_missing")).isEmpty();
    }

    @Test
    void aWorkflowWithoutFileOrUserReadsBackWithNulls() {
        store.executionStarted("exec_1", "ADHOC", null, null, false, T0);

        ExecutionRecord record = store.execution("exec_1").orElseThrow();

        assertThat(record.workflowFile()).isNull();
        assertThat(record.userId()).isNull();
        assertThat(record.dryRun()).isFalse();
    }

    @Test
    void aDuplicateExecutionIdIsRejectedAndTheFirstIsKept() {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);

        assertThatThrownBy(() -> store.executionStarted("exec_1", "B", "b.yaml", "bob", false, T0))
                .isInstanceOf(StoreException.class).hasMessage("execution exec_1 is already recorded");
        assertThat(store.execution("exec_1").orElseThrow().workflowName()).isEqualTo("A");
    }

    @Test
    void finishingRecordsStatusTokensErrorAndEnd() {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);
        store.executionFinished("exec_1", "failed", 1234, "Step 1.002 failed: boom", T0.plusSeconds(42));

        ExecutionRecord record = store.execution("exec_1").orElseThrow();

        assertThat(record.status()).isEqualTo("failed");
        assertThat(record.tokensUsed()).isEqualTo(1234);
        assertThat(record.error()).isEqualTo("Step 1.002 failed: boom");
        assertThat(record.endedAt()).isEqualTo(T0.plusSeconds(42));
    }

    @Test
    void statusesAreCheckedBeforeTheyReachTheDatabase() {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);

        assertThatThrownBy(() -> store.executionFinished("exec_1", "running", 0, null, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a final execution status");
        assertThatThrownBy(() -> store.executionStatus("exec_1", "succeeded"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a non-final");
        assertThatThrownBy(() -> store.stepStarted("exec_1", "1.001", "Lint", "code_fixers", 0, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt must be 1 or more");
    }

    @Test
    void callsForAnUnknownExecutionFailWithAClearMessage() {
        assertThatThrownBy(() -> store.executionFinished("nope", "succeeded", 0, null, T0))
                .isInstanceOf(StoreException.class).hasMessage("no execution nope");
        assertThatThrownBy(() -> store.stepStarted("nope", "1.001", "Lint", "code_fixers", 1, T0))
                .isInstanceOf(StoreException.class).hasMessage("no execution nope");
        assertThatThrownBy(() -> store.artifactRecorded("nope", "1.001", "artifacts/x.json", 10, T0))
                .isInstanceOf(StoreException.class).hasMessage("no execution nope");
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);
        assertThatThrownBy(() -> store.stepFinished("exec_1", "9.999", "succeeded", 0, null, T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("no step 9.999 in execution exec_1");
    }

    @Test
    void anExecutionCanBePausedAndResumed() {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);

        store.executionStatus("exec_1", "paused");
        assertThat(store.execution("exec_1").orElseThrow().status()).isEqualTo("paused");
        store.executionStatus("exec_1", "running");
        assertThat(store.execution("exec_1").orElseThrow().status()).isEqualTo("running");
    }

    @Test
    void aRetriedStepUpdatesItsRowAndAddsTheTokensOfEveryAttempt() {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);
        store.stepStarted("exec_1", "1.001", "Edit", "ai_editor", 1, T0.plusSeconds(1));
        store.stepFinished("exec_1", "1.001", "failed", 300, "rate limited", T0.plusSeconds(2));
        store.stepStarted("exec_1", "1.001", "Edit", "ai_editor", 2, T0.plusSeconds(5));

        StepRecord retrying = store.steps("exec_1").get(0);
        assertThat(retrying.attempts()).isEqualTo(2);
        assertThat(retrying.status()).isEqualTo("running");
        assertThat(retrying.error()).isNull();
        assertThat(retrying.endedAt()).isNull();

        store.stepFinished("exec_1", "1.001", "succeeded", 200, null, T0.plusSeconds(9));
        assertThat(store.steps("exec_1")).containsExactly(new StepRecord("exec_1", "1.001", "Edit", "ai_editor", 2,
                "succeeded", 500, null, T0.plusSeconds(1), T0.plusSeconds(9)));
    }

    @Test
    void stepsComeInStartOrderWithSkippedStepsLast() {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);
        store.stepStarted("exec_1", "2.001", "Second", "verifier", 1, T0.plusSeconds(2));
        store.stepStarted("exec_1", "1.001", "First", "code_fixers", 1, T0.plusSeconds(1));
        store.stepSkipped("exec_1", "3.001", "Third", "git_ops", "when was false", T0.plusSeconds(3));

        List<StepRecord> steps = store.steps("exec_1");

        assertThat(steps).extracting(StepRecord::stepId).containsExactly("1.001", "2.001", "3.001");
        assertThat(steps.get(2)).isEqualTo(new StepRecord("exec_1", "3.001", "Third", "git_ops", 0, "skipped", 0,
                "when was false", null, T0.plusSeconds(3)));
    }

    @Test
    void artifactsBelongToTheExecutionAndItsWorkflow() {
        store.executionStarted("exec_1", "CODE_QUALITY", "cq.yaml", "alice", false, T0);
        store.artifactRecorded("exec_1", "1.001", "artifacts/diagnostics.json", 2048, T0.plusSeconds(1));
        store.artifactRecorded("exec_1", "1.002", "artifacts/code_fixes.diff", 10, T0.plusSeconds(2));

        List<ArtifactRecord> artifacts = store.artifacts("exec_1");

        assertThat(artifacts).extracting(ArtifactRecord::path)
                .containsExactly("artifacts/diagnostics.json", "artifacts/code_fixes.diff");
        assertThat(artifacts.get(0).workflowName()).isEqualTo("CODE_QUALITY");
        assertThat(artifacts.get(0).sizeBytes()).isEqualTo(2048);
        assertThat(artifacts.get(0).createdAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void oneWorkflowRowIsSharedByItsExecutions() throws SQLException {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);
        store.executionStarted("exec_2", "A", "a.yaml", "bob", false, T0.plusSeconds(1));
        store.executionStarted("exec_3", "A", "other/a.yaml", "bob", false, T0.plusSeconds(2));

        assertThat(count("SELECT COUNT(*) FROM workflows")).isEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT workflow_id) FROM executions")).isEqualTo(2);
    }

    @Test
    void recentExecutionsAreNewestFirstAndFilteredByWorkflow() {
        store.executionStarted("exec_1", "A", "a.yaml", "alice", false, T0);
        store.executionStarted("exec_2", "B", "b.yaml", "alice", false, T0.plusSeconds(1));
        store.executionStarted("exec_3", "A", "a.yaml", "alice", false, T0.plusSeconds(2));

        assertThat(store.recentExecutions(2)).extracting(ExecutionRecord::executionId)
                .containsExactly("exec_3", "exec_2");
        assertThat(store.recentExecutions("A", 10)).extracting(ExecutionRecord::executionId)
                .containsExactly("exec_3", "exec_1");
        assertThatThrownBy(() -> store.recentExecutions(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recentFailuresAreFailedOrInterruptedSinceTheGivenTime() {
        store.executionStarted("old", "A", "a.yaml", "alice", false, T0.minusSeconds(7200));
        store.executionFinished("old", "failed", 0, "old failure", T0.minusSeconds(7100));
        store.executionStarted("ok", "A", "a.yaml", "alice", false, T0);
        store.executionFinished("ok", "succeeded", 0, null, T0.plusSeconds(1));
        store.executionStarted("bad", "A", "a.yaml", "alice", false, T0.plusSeconds(2));
        store.executionFinished("bad", "failed", 0, "boom", T0.plusSeconds(3));
        store.executionStarted("cut", "B", "b.yaml", "alice", false, T0.plusSeconds(4));
        store.executionFinished("cut", "interrupted", 0, "killed", T0.plusSeconds(5));

        assertThat(store.recentFailures(T0.minusSeconds(60), 10)).extracting(ExecutionRecord::executionId)
                .containsExactly("cut", "bad");
    }

    @Test
    void migrationsAreRecordedAndCreateTheRunbookIndexes() throws SQLException {
        try (Database again = Database.open(DatabaseConfig.parse(databaseUrl(), SMALL_POOL))) {
            assertThat(again.dialect()).isEqualTo(database.dialect());
        }
        assertThat(count("SELECT COUNT(*) FROM schema_version WHERE success AND version IN ('1', '2', '3')"))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM schema_version")).isEqualTo(3);
        assertThat(indexNames()).contains("idx_workflows_created_at", "idx_executions_status",
                "idx_artifacts_workflow_id");
    }

    @Test
    void dailyStatsCountRealExecutionsOutcomesUsersAndTokensPerUtcDayWithEmptyDays() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        started("d1a", "alice", Instant.parse("2026-03-08T00:00:00Z"), 100);
        started("d1b", "alice", Instant.parse("2026-03-08T23:59:59.999Z"), 50);
        started("d1c", "bob", Instant.parse("2026-03-08T10:00:00Z"), 0);
        started("d3a", "carol", Instant.parse("2026-03-10T11:00:00Z"), 7);
        started("before", "dave", Instant.parse("2026-03-07T23:59:59.999Z"), 1000);
        started("later", "erin", Instant.parse("2026-03-11T00:00:00Z"), 1000);
        store.executionStarted("d1f", "A", "a.yaml", "bob", false, Instant.parse("2026-03-08T11:00:00Z"));
        store.executionFinished("d1f", "failed", 20, "boom", Instant.parse("2026-03-08T11:00:01Z"));
        store.executionStarted("d1i", "A", "a.yaml", "bob", false, Instant.parse("2026-03-08T12:00:00Z"));
        store.executionFinished("d1i", "interrupted", 0, null, Instant.parse("2026-03-08T12:00:01Z"));
        store.executionStarted("d1x", "A", "a.yaml", "alice", false, Instant.parse("2026-03-08T13:00:00Z"));
        store.executionFinished("d1x", "cancelled", 0, null, Instant.parse("2026-03-08T13:00:01Z"));
        store.executionStarted("d3r", "A", "a.yaml", "carol", false, Instant.parse("2026-03-10T11:30:00Z"));
        store.executionStarted("dry", "A", "a.yaml", "frank", true, Instant.parse("2026-03-09T09:00:00Z"));
        store.executionFinished("dry", "succeeded", 0, null, Instant.parse("2026-03-09T09:00:01Z"));

        assertThat(store.dailyStats(3, now)).containsExactly(
                new DailyStat(java.time.LocalDate.parse("2026-03-08"), 6, 3, 2, 2, 170),
                DailyStat.empty(java.time.LocalDate.parse("2026-03-09")),
                new DailyStat(java.time.LocalDate.parse("2026-03-10"), 2, 1, 0, 1, 7));
    }

    @Test
    void windowStatsGiveSuccessRateAndAverageDurationOfRealExecutions() {
        finished("s1", "succeeded", T0, seconds(10));
        finished("s2", "succeeded", T0.plusSeconds(1), seconds(20));
        finished("s3", "succeeded", T0.plusSeconds(2), seconds(30));
        finished("f1", "failed", T0.plusSeconds(3), seconds(60));
        finished("c1", "cancelled", T0.plusSeconds(4), seconds(500));
        store.executionStarted("r1", "A", "a.yaml", "alice", false, T0.plusSeconds(5));
        store.executionStarted("dry", "A", "a.yaml", "alice", true, T0.plusSeconds(6));
        store.executionFinished("dry", "succeeded", 0, null, T0.plusSeconds(7));
        finished("outside", "failed", T0.plusSeconds(3600), seconds(1));

        WindowStats stats = store.windowStats(T0, T0.plusSeconds(3600));

        assertThat(stats.executions()).isEqualTo(6);
        assertThat(stats.running()).isEqualTo(1);
        assertThat(stats.succeeded()).isEqualTo(3);
        assertThat(stats.failed()).isEqualTo(1);
        assertThat(stats.cancelled()).isEqualTo(1);
        assertThat(stats.successRate()).isEqualTo(0.75);
        assertThat(stats.averageDuration()).isEqualTo(Duration.ofMillis(30_000));
        assertThat(stats.tokens()).isEqualTo(50);
    }

    @Test
    void windowStatsWithNothingFinishedHaveNoRateNorDuration() {
        store.executionStarted("r1", "A", "a.yaml", "alice", false, T0);

        WindowStats stats = store.windowStats(T0, T0.plusSeconds(60));

        assertThat(stats.executions()).isEqualTo(1);
        assertThat(stats.successRate()).isNull();
        assertThat(stats.averageDuration()).isNull();
        assertThatThrownBy(() -> store.windowStats(T0, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void executionsOfDeadProcessesBecomeInterruptedWithTheirRunningSteps() throws Exception {
        JdbcExecutionStore dead = storeOwnedBy(deadProcess());
        dead.executionStarted("crashed", "A", "a.yaml", "alice", false, T0);
        dead.stepStarted("crashed", "1.001", "Lint", "code_fixers", 1, T0);
        dead.stepFinished("crashed", "1.001", "succeeded", 0, null, T0.plusSeconds(1));
        dead.stepStarted("crashed", "1.002", "Edit", "ai_editor", 1, T0.plusSeconds(1));
        dead.executionStarted("waiting", "A", "a.yaml", "alice", false, T0);
        dead.executionStatus("waiting", "paused");
        dead.executionStarted("done", "A", "a.yaml", "alice", false, T0);
        dead.executionFinished("done", "succeeded", 0, null, T0.plusSeconds(2));
        store.executionStarted("alive", "A", "a.yaml", "alice", false, T0);

        assertThat(store.markRunningAsInterrupted()).isEqualTo(2);

        assertThat(store.execution("crashed").orElseThrow().status()).isEqualTo("interrupted");
        assertThat(store.execution("crashed").orElseThrow().endedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(store.execution("waiting").orElseThrow().status()).isEqualTo("interrupted");
        assertThat(store.execution("done").orElseThrow().status()).isEqualTo("succeeded");
        assertThat(store.execution("alive").orElseThrow().status()).isEqualTo("running");
        assertThat(store.steps("crashed")).extracting(StepRecord::status).containsExactly("succeeded", "interrupted");
        assertThat(store.markRunningAsInterrupted()).isZero();
    }

    @Test
    void executionsOfAnotherHostAreLeftToThatHost() {
        JdbcExecutionStore remote = storeOwnedBy(new ProcessOwner("another-host", 1, T0));
        remote.executionStarted("remote", "A", "a.yaml", "alice", false, T0);

        assertThat(store.markRunningAsInterrupted()).isZero();
        assertThat(store.execution("remote").orElseThrow().status()).isEqualTo("running");
    }

    @Test
    void manyThreadsWriteAtOnceWithoutLosingARecord() throws Exception {
        int threads = 6;
        int perThread = 15;
        List<java.util.concurrent.Callable<Void>> writers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    String id = "exec_" + thread + "_" + i;
                    store.executionStarted(id, "W" + thread, "w.yaml", "user" + thread, false, T0.plusMillis(i));
                    store.stepStarted(id, "1.001", "Step", "code_fixers", 1, T0.plusMillis(i));
                    store.stepFinished(id, "1.001", "succeeded", 5, null, T0.plusMillis(i + 1));
                    store.executionFinished(id, "succeeded", 5, null, T0.plusMillis(i + 2));
                }
                return null;
            });
        }
        ConcurrentRunner.runAll(writers, Duration.ofSeconds(60));

        assertThat(count("SELECT COUNT(*) FROM executions WHERE status = 'succeeded'")).isEqualTo(threads * perThread);
        assertThat(count("SELECT COUNT(*) FROM steps WHERE tokens_used = 5")).isEqualTo(threads * perThread);
        assertThat(count("SELECT COUNT(*) FROM workflows")).isEqualTo(threads);
    }

    @Test
    void aProcessKilledWhileWritingLeavesAConsistentStoreThatMarksItInterrupted() throws Exception {
        try (CrashingWriter.Child child = CrashingWriter.start(databaseUrl())) {
            child.awaitMarker(Duration.ofSeconds(60));
            // Write from this process while the child writes too: two processes share the database.
            for (int i = 0; i < 20; i++) {
                store.executionStarted("parent_" + i, "PARENT", "p.yaml", "alice", false, T0.plusMillis(i));
            }
            child.kill();
        }

        try (JdbcExecutionStore reopened = JdbcExecutionStore.open(DatabaseConfig.parse(databaseUrl(), SMALL_POOL))) {
            assertThat(reopened.execution(CrashingWriter.EXECUTION_ID).orElseThrow().status()).isEqualTo("running");
            assertThat(reopened.markRunningAsInterrupted()).isEqualTo(1);
            assertThat(reopened.execution(CrashingWriter.EXECUTION_ID).orElseThrow().status())
                    .isEqualTo("interrupted");
            assertThat(reopened.steps(CrashingWriter.EXECUTION_ID)).extracting(StepRecord::status)
                    .containsOnly("interrupted");
            assertThat(reopened.recentExecutions("PARENT", 100)).hasSize(20).extracting(ExecutionRecord::status)
                    .containsOnly("running");
        }
        assertThat(count("SELECT COUNT(*) FROM executions WHERE status = 'running' AND workflow_name <> 'PARENT'"))
                .isZero();
        assertConsistentAfterCrash();
    }

    /** Database-specific checks after a process was killed mid-write (SQLite: {@code PRAGMA integrity_check}). */
    protected abstract void assertConsistentAfterCrash() throws SQLException;

    /** Index names of the store's tables, read from the database's catalog. */
    protected abstract List<String> indexNames() throws SQLException;

    protected long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void started(String id, String user, Instant at, long tokens) {
        store.executionStarted(id, "A", "a.yaml", user, false, at);
        store.executionFinished(id, "succeeded", tokens, null, at);
    }

    private void finished(String id, String status, Instant at, Duration took) {
        store.executionStarted(id, "A", "a.yaml", "alice", false, at);
        store.executionFinished(id, status, 10, null, at.plus(took));
    }

    private JdbcExecutionStore storeOwnedBy(ProcessOwner owner) {
        return new JdbcExecutionStore(database.dataSource(), database.dialect(), clock, owner);
    }

    /** A process of this host that has exited: its pid names no live process. */
    private static ProcessOwner deadProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return new ProcessOwner(ProcessOwner.localHost(), process.pid(), T0);
    }

    static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
