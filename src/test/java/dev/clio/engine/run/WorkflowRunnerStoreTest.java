package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.run.Flows.StepBuilder;
import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Retry;
import dev.clio.store.DatabaseConfig;
import dev.clio.store.JdbcExecutionStore;
import dev.clio.store.StepRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against the real SQLite store. */
class WorkflowRunnerStoreTest {

    @TempDir
    Path dir;

    @Test
    void everyStepOutcomeIsRecorded() {
        AtomicInteger calls = new AtomicInteger();
        TestAdapter flaky = TestAdapter.of("flaky", (r, c) -> {
            c.writeArtifact("artifacts/out.txt", "done".getBytes());
            return calls.incrementAndGet() == 1 ? AdapterResult.failed("first try")
                    : new AdapterResult(true, 0, List.of(), "", null, Map.of());
        });
        try (JdbcExecutionStore store = JdbcExecutionStore.open(DatabaseConfig.sqlite(dir.resolve("o.db")));
                Harness h = new Harness(dir, flaky, TestAdapter.ok("ok"))) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "flaky").retry(1, Retry.Backoff.LINEAR))
                    .add(StepBuilder.of("1.002", "ok").when("inputs.go == true"))
                    .add(StepBuilder.of("1.003", "missing").onFail(OnFail.CONTINUE))
                    .add(StepBuilder.of("1.004", "ok").dependsOn("1.003")).input("go", false).build(),
                    h.options().store(store).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(store.execution(result.executionId()).orElseThrow().status()).isEqualTo("failed");
            List<StepRecord> steps = store.steps(result.executionId());
            assertThat(steps).extracting(StepRecord::stepId, StepRecord::status, StepRecord::attempts)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("1.001", "succeeded", 2),
                            org.assertj.core.groups.Tuple.tuple("1.002", "skipped", 0),
                            org.assertj.core.groups.Tuple.tuple("1.003", "failed", 1),
                            org.assertj.core.groups.Tuple.tuple("1.004", "skipped", 0));
            assertThat(store.artifacts(result.executionId())).hasSize(1);
        }
    }
}
