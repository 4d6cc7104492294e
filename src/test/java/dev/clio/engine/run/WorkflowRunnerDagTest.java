package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.run.Flows.StepBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRunnerDagTest {

    @TempDir
    Path dir;

    private static TestAdapter sleeping(String name, List<String> order) {
        return TestAdapter.of(name, (r, c) -> {
            order.add(r.step().id());
            Thread.sleep(40);
            return AdapterResult.ok("", List.of(), Map.of());
        });
    }

    @Test
    void atMostParallelismStepsRunAtOnce() {
        List<String> order = new CopyOnWriteArrayList<>();
        TestAdapter work = sleeping("work", order);
        Flows flow = Flows.workflow();
        for (int i = 1; i <= 6; i++) {
            flow.add(StepBuilder.of("1.00" + i, "work").dependsOn());
        }
        try (Harness h = new Harness(dir, work)) {
            ExecutionResult result = h.run(flow.build(), h.options().parallelism(2).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(work.maxActive.get()).isEqualTo(2);
            assertThat(order).containsExactlyInAnyOrder("1.001", "1.002", "1.003", "1.004", "1.005", "1.006");
        }
    }

    @Test
    void stepsWithoutDependsOnRunOneAfterAnotherInFileOrder() {
        List<String> order = new CopyOnWriteArrayList<>();
        TestAdapter work = sleeping("work", order);
        try (Harness h = new Harness(dir, work)) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "work").step("1.002", "work")
                    .step("1.003", "work").build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(order).containsExactly("1.001", "1.002", "1.003");
            assertThat(work.maxActive.get()).isEqualTo(1);
        }
    }

    @Test
    void emptyDependsOnRunsBesideThePreviousStepAndAJoinWaitsForBoth() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<String> order = new CopyOnWriteArrayList<>();
        TestAdapter meet = TestAdapter.of("meet", (r, c) -> {
            bothStarted.countDown();
            boolean met = bothStarted.await(5, TimeUnit.SECONDS);
            order.add(r.step().id());
            return met ? AdapterResult.ok("", List.of(), Map.of()) : AdapterResult.failed("ran alone");
        });
        TestAdapter join = TestAdapter.of("join", (r, c) -> {
            order.add(r.step().id());
            return AdapterResult.ok("", List.of(), Map.of());
        });
        try (Harness h = new Harness(dir, meet, join)) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "meet")
                    .add(StepBuilder.of("1.002", "meet").dependsOn())
                    .add(StepBuilder.of("2.001", "join").dependsOn("1.001", "1.002")).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(order.get(2)).isEqualTo("2.001");
        }
    }

    @Test
    void parallelExecutionFalseRunsRootsOneAtATime() {
        List<String> order = new CopyOnWriteArrayList<>();
        TestAdapter work = sleeping("work", order);
        try (Harness h = new Harness(dir, work)) {
            ExecutionResult result = h.run(Flows.workflow().policy(null, false, false, null)
                    .add(StepBuilder.of("1.001", "work").dependsOn()).add(StepBuilder.of("1.002", "work").dependsOn())
                    .add(StepBuilder.of("1.003", "work").dependsOn()).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(order).containsExactly("1.001", "1.002", "1.003");
            assertThat(work.maxActive.get()).isEqualTo(1);
        }
    }

    @Test
    void eventsComeInOrderAndTheStoreSeesEveryStep() {
        InMemoryStore store = new InMemoryStore();
        try (Harness h = new Harness(dir, TestAdapter.ok("work"))) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "work").step("1.002", "work").build(),
                    h.options().store(store).build());
            assertThat(h.trace()).containsExactly("ExecutionStarted", "StepStarted 1.001 #1",
                    "StepFinished 1.001 succeeded", "StepStarted 1.002 #1", "StepFinished 1.002 succeeded",
                    "ExecutionFinished succeeded");
            assertThat(store.calls).containsExactly("executionStarted " + result.executionId(),
                    "stepStarted 1.001 1", "stepFinished 1.001 succeeded", "stepStarted 1.002 1",
                    "stepFinished 1.002 succeeded", "executionFinished succeeded");
            assertThat(result.executionId()).matches("exec_[0-9a-f]{12}");
            assertThat(store.execution(result.executionId()).orElseThrow().status()).isEqualTo("succeeded");
        }
    }

    @Test
    void aFinishedExecutionKeepsItsDuration() throws Exception {
        try (Harness h = new Harness(dir, sleeping("work", new CopyOnWriteArrayList<>()))) {
            Execution execution = h.runner.start(Flows.workflow().step("1.001", "work").build(), h.options().build());
            execution.completion().join();
            Thread.sleep(50);
            RunEvent.ExecutionFinished end = (RunEvent.ExecutionFinished) h.events.get(h.events.size() - 1);
            assertThat(execution.result().duration()).isEqualTo(end.duration()).isPositive();
        }
    }

    @Test
    void templatesAreResolvedFromInputsOverDefaults() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        TestAdapter echo = TestAdapter.of("echo", (r, c) -> {
            seen.add(r.with());
            seen.add(r.files());
            return AdapterResult.ok("", List.of(), Map.of());
        });
        try (Harness h = new Harness(dir, echo)) {
            ExecutionResult result = h.run(Flows.workflow().input("lane", "lane/default").input("files", "*.txt")
                    .add(StepBuilder.of("1.001", "echo").with("branch", "{{ inputs.lane }}")
                            .with("files", "{{ inputs.files }}").with("id", "${execution_id}")).build(),
                    h.options().input("files", List.of("src/*.py", "lib/*.py")).build());
            assertThat(seen).containsExactly(Map.of("branch", "lane/default", "files", List.of("src/*.py", "lib/*.py"),
                    "id", result.executionId()), List.of("src/*.py", "lib/*.py"));
        }
    }
}
