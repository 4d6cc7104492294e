package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.store.DatabaseConfig;
import dev.clio.store.ExecutionRecord;
import dev.clio.store.JdbcExecutionStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} command end to end: real validator, real shell steps, real SQLite store, captured streams. */
class RunCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws Exception {
        Files.createDirectories(dir.resolve(".ai/workflows"));
    }

    private String workflow(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/run/" + name)) {
            Files.copy(in, dir.resolve(".ai/workflows").resolve(name));
        }
        return dir.resolve(".ai/workflows").resolve(name).toString();
    }

    private MainTest.Captured run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--workspace";
        all[args.length + 2] = dir.toString();
        return MainTest.Captured.run(all);
    }

    private List<ExecutionRecord> executions() {
        DatabaseConfig config = DatabaseConfig.sqlite(dir.resolve("orchestrator.db"));
        try (JdbcExecutionStore store = JdbcExecutionStore.open(config)) {
            return store.recentExecutions(10);
        }
    }

    @Test
    void runsTheStepsWithInputsAndRecordsTheExecution() throws Exception {
        MainTest.Captured run = run(workflow("two-steps.yaml"), "--input", "greeting=hello", "--parallel", "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("lane/default hello\n");
        assertThat(run.out()).contains("1.001 Write", "1.002 Read").contains("succeeded");
        List<ExecutionRecord> executions = executions();
        assertThat(executions).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("succeeded");
            assertThat(e.workflowName()).isEqualTo("Two shell steps");
        });
        assertThat(Files.readString(dir.resolve("logs/cli-orchestrator.log"))).contains(executions.get(0)
                .executionId());
    }

    @Test
    void laneOptionOverridesTheDeclaredDefault() throws Exception {
        MainTest.Captured run = run(workflow("two-steps.yaml"), "--lane", "lane/quality", "--input", "greeting=hi");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("lane/quality hi\n");
    }

    @Test
    void aFailingStepExitsOneAndStopsTheWorkflow() throws Exception {
        MainTest.Captured run = run(workflow("failing.yaml"));
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.out()).contains("1.001 Break failed").contains("exit code 3: broken")
                .contains("1.002 skipped");
        assertThat(Files.exists(dir.resolve("never.txt"))).isFalse();
        assertThat(executions()).singleElement().extracting(ExecutionRecord::status).isEqualTo("failed");
    }

    @Test
    void anInvalidWorkflowIsRefusedWithItsDiagnosticsAndNothingRuns() throws Exception {
        String file = workflow("invalid.yaml");
        MainTest.Captured run = run(file);
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).containsPattern("invalid\\.yaml:\\d+:\\d+: error: .*no_such_actor_here.* \\[[a-z-]+]")
                .contains("is not valid").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("ran.txt"))).isFalse();
    }

    @Test
    void dryRunPrintsThePlanAndExecutesNothing() throws Exception {
        MainTest.Captured run = run(workflow("parallel.yaml"), "--dry-run", "--parallel", "2");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1. 1.001, 1.002").contains("2. 2.001")
                .contains("2.001 Report -> shell (deterministic, ~0 tokens) after 1.001, 1.002")
                .contains("Estimated tokens: 0 of budget 50000: fits");
        assertThat(Files.exists(dir.resolve("lint.txt"))).isFalse();
        assertThat(executions()).singleElement().satisfies(e -> assertThat(e.dryRun()).isTrue());
    }

    @Test
    void dependsOnRunsEverythingAndTheJoinLast() throws Exception {
        MainTest.Captured run = run(workflow("parallel.yaml"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("report.txt")).exists();
        assertThat(run.out().indexOf("2.001 Report")).isGreaterThan(run.out().indexOf("1.002 Types"));
    }

    @Test
    void withoutATerminalAPausedRunIsCancelledAfterSayingSo() throws Exception {
        MainTest.Captured run = run(workflow("review.yaml"));
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains("paused for review at step 1.001; no terminal to ask, so it is cancelled");
        assertThat(Files.exists(dir.resolve("after.txt"))).isFalse();
        assertThat(executions()).singleElement().extracting(ExecutionRecord::status).isEqualTo("cancelled");
    }

    @Test
    void usageErrorsAreOneLineWithExitTwo() throws Exception {
        MainTest.Captured zero = run(workflow("parallel.yaml"), "--parallel", "0");
        assertThat(zero.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(zero.err()).startsWith("error: --parallel must be at least 1, got 0");
        MainTest.Captured missing = run("nope.yaml");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(missing.err()).startsWith("error: workflow file not found: nope.yaml").doesNotContain("Exception");
        MainTest.Captured badInput = run(workflow("two-steps.yaml"), "--input", "novalue");
        assertThat(badInput.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(badInput.err()).startsWith("error: ").doesNotContain("Exception");
    }
}
