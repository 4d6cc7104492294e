package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.run.Flows.StepBuilder;
import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Retry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRunnerFailureTest {

    @TempDir
    Path dir;

    private static TestAdapter failing(String name) {
        return TestAdapter.of(name, (r, c) -> AdapterResult.failed("boom " + r.attempt()));
    }

    /** Fails the first {@code failures} calls, then succeeds. */
    private static TestAdapter flaky(String name, int failures) {
        AtomicInteger calls = new AtomicInteger();
        return TestAdapter.of(name, (r, c) -> calls.incrementAndGet() <= failures ? AdapterResult.failed("flaky")
                : AdapterResult.ok("", List.of(), Map.of()));
    }

    /** Blocks until interrupted. */
    private static TestAdapter blocking(String name, CountDownLatch started) {
        return TestAdapter.of(name, (r, c) -> {
            started.countDown();
            Thread.sleep(60_000);
            return AdapterResult.ok("", List.of(), Map.of());
        });
    }

    @Test
    void exponentialRetryWaitsOneTwoFourSecondsAndReportsEachRetry() {
        TestAdapter bad = failing("bad");
        try (Harness h = new Harness(dir, bad)) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "bad").retry(3, Retry.Backoff.EXPONENTIAL)).build());
            assertThat(bad.calls.get()).isEqualTo(4);
            assertThat(h.sleeper.delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(4));
            assertThat(h.trace()).contains("StepRetrying 1.001 #2", "StepRetrying 1.001 #4");
            StepResult step = result.step("1.001").orElseThrow();
            assertThat(step.attempts()).isEqualTo(4);
            assertThat(step.error()).isEqualTo("boom 4");
            assertThat(result.error()).isEqualTo("step 1.001 failed: boom 4");
        }
    }

    @Test
    void linearRetryStopsAtTheFirstSuccess() {
        TestAdapter flaky = flaky("flaky", 2);
        try (Harness h = new Harness(dir, flaky)) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "flaky").retry(5, Retry.Backoff.LINEAR)).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(h.sleeper.delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(result.step("1.001").orElseThrow().attempts()).isEqualTo(3);
        }
    }

    @Test
    void stopCancelsTheRunningSiblingAndSkipsTheRest() {
        CountDownLatch started = new CountDownLatch(1);
        TestAdapter slow = blocking("slow", started);
        TestAdapter bad = TestAdapter.of("bad", (r, c) -> {
            started.await();
            return AdapterResult.failed("broken");
        });
        try (Harness h = new Harness(dir, slow, bad, TestAdapter.ok("after"))) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "slow")
                    .add(StepBuilder.of("1.002", "bad").dependsOn()).step("2.001", "after").build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("step 1.002 failed: broken");
            assertThat(result.step("1.001").orElseThrow().status()).isEqualTo(StepStatus.CANCELLED);
            assertThat(result.step("2.001").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        }
    }

    @Test
    void continueSkipsOnlyTheDependantsAndEndsFailed() {
        try (Harness h = new Harness(dir, failing("bad"), TestAdapter.ok("ok"))) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "bad").onFail(OnFail.CONTINUE))
                    .add(StepBuilder.of("1.002", "ok").dependsOn("1.001"))
                    .add(StepBuilder.of("1.003", "ok").dependsOn("1.002"))
                    .add(StepBuilder.of("2.001", "ok").dependsOn()).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("step 1.001 failed: boom 1");
            assertThat(result.step("1.002").orElseThrow().error()).isEqualTo("dependency 1.001 failed");
            assertThat(result.step("1.003").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(result.step("2.001").orElseThrow().status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    @Test
    void pauseForReviewWaitsAndResumeRerunsTheFailedStep() throws Exception {
        TestAdapter flaky = flaky("flaky", 1);
        try (Harness h = new Harness(dir, flaky, TestAdapter.ok("next"))) {
            Execution execution = h.runner.start(Flows.workflow()
                    .add(StepBuilder.of("1.001", "flaky").onFail(OnFail.PAUSE_FOR_REVIEW)).step("1.002", "next")
                    .build(), h.options().build());
            assertThat(Harness.await(execution)).isEqualTo(ExecutionStatus.PAUSED);
            assertThat(execution.result().step("1.002").orElseThrow().status()).isEqualTo(StepStatus.PENDING);
            execution.resume();
            assertThat(Harness.await(execution)).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(flaky.calls.get()).isEqualTo(2);
            assertThat(h.trace()).contains("ExecutionPaused 1.001", "ExecutionResumed", "StepFinished 1.002 succeeded");
            assertThatThrownBy(execution::resume).isInstanceOf(IllegalStateException.class)
                    .hasMessageEndingWith("is succeeded, not paused");
        }
    }

    @Test
    void pauseThenCancelEndsCancelledWithoutRunningTheRest() throws Exception {
        TestAdapter next = TestAdapter.ok("next");
        try (Harness h = new Harness(dir, failing("bad"), next)) {
            Execution execution = h.runner.start(Flows.workflow()
                    .add(StepBuilder.of("1.001", "bad").onFail(OnFail.PAUSE_FOR_REVIEW)).step("1.002", "next")
                    .build(), h.options().build());
            assertThat(Harness.await(execution)).isEqualTo(ExecutionStatus.PAUSED);
            execution.cancel();
            assertThat(Harness.await(execution)).isEqualTo(ExecutionStatus.CANCELLED);
            assertThat(next.calls.get()).isZero();
            assertThat(execution.result().step("1.002").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        }
    }

    @Test
    void cancelInterruptsTheRunningStep() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try (Harness h = new Harness(dir, blocking("slow", started), TestAdapter.ok("next"))) {
            Execution execution = h.runner.start(Flows.workflow().step("1.001", "slow").step("1.002", "next").build(),
                    h.options().build());
            started.await();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
            execution.cancel();
            assertThat(Harness.await(execution)).isEqualTo(ExecutionStatus.CANCELLED);
            ExecutionResult result = execution.result();
            assertThat(result.step("1.001").orElseThrow().status()).isEqualTo(StepStatus.CANCELLED);
            assertThat(result.step("1.002").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(result.error()).isEqualTo("cancelled by user");
        }
    }

    @Test
    void workflowTimeoutFailsTheExecution() {
        try (Harness h = new Harness(dir, blocking("slow", new CountDownLatch(1)))) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "slow").build(),
                    h.options().workflowTimeout(Duration.ofMillis(300)).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("workflow timed out after 0.3s");
            assertThat(result.step("1.001").orElseThrow().status()).isEqualTo(StepStatus.CANCELLED);
        }
    }

    @Test
    void stepTimeoutFailsTheAttemptAndIsRetried() {
        AtomicInteger calls = new AtomicInteger();
        TestAdapter slowOnce = TestAdapter.of("slow", (r, c) -> {
            if (calls.incrementAndGet() == 1) {
                Thread.sleep(60_000);
            }
            return AdapterResult.ok("", List.of(), Map.of());
        });
        try (Harness h = new Harness(dir, slowOnce)) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "slow").retry(1, Retry.Backoff.LINEAR)).build(),
                    h.options().stepTimeout(Duration.ofMillis(200)).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.step("1.001").orElseThrow().attempts()).isEqualTo(2);
            assertThat(h.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(RunEvent.StepRetrying.class,
                    r -> assertThat(r.error()).isEqualTo("step timed out after 0.2s")));
        }
    }

    @Test
    void anAdapterThatThrowsFailsItsStepWithTheMessage() {
        TestAdapter buggy = TestAdapter.of("buggy", (r, c) -> {
            throw new IllegalStateException("no such file: x.py");
        });
        try (Harness h = new Harness(dir, buggy)) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "buggy").build());
            assertThat(result.step("1.001").orElseThrow().error()).isEqualTo("buggy failed: no such file: x.py");
            await().until(() -> h.trace().contains("ExecutionFinished failed"));
        }
    }
}
