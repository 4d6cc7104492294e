package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.AdapterType;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.run.Flows.StepBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRunnerBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aStepThatWouldExceedTheBudgetIsNotStartedAndTheWorkflowFails() {
        TestAdapter ai = TestAdapter.ai("ai", 600, 500);
        try (Harness h = new Harness(dir, ai)) {
            ExecutionResult result = h.run(Flows.workflow().policy(1000L, false, true, null).step("1.001", "ai")
                    .step("1.002", "ai").step("1.003", "ai").build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("Token budget exceeded: used 500 + estimated 600 > budget 1000");
            assertThat(ai.calls.get()).isEqualTo(1);
            assertThat(result.tokensUsed()).isEqualTo(500);
            assertThat(result.step("1.001").orElseThrow().tokensUsed()).isEqualTo(500);
            assertThat(result.step("1.002").orElseThrow().attempts()).isZero();
            assertThat(result.step("1.003").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(h.trace()).doesNotContain("StepStarted 1.002 #1");
        }
    }

    @Test
    void theBudgetComesFromTheCallerThenThePolicyThenTheSettings() {
        try (Harness h = new Harness(dir, TestAdapter.ai("ai", 10, 10))) {
            var withPolicy = Flows.workflow().policy(5000L, false, true, null).step("1.001", "ai").build();
            var without = Flows.workflow().step("1.001", "ai").build();
            assertThat(h.run(withPolicy, h.options().maxTokens(300L).build()).budget()).isEqualTo(300);
            assertThat(h.run(withPolicy).budget()).isEqualTo(5000);
            assertThat(h.run(without).budget()).isEqualTo(200_000);
            assertThat(h.run(without, h.options().settings(RunSettings.defaults().withMaxTokensDefault(7)).build())
                    .error()).isEqualTo("Token budget exceeded: used 0 + estimated 10 > budget 7");
        }
    }

    @Test
    void anUnavailableAdapterFailsTheStepWithTheReason() {
        TestAdapter missing = new TestAdapter("ruff_checker", AdapterType.DETERMINISTIC, null,
                Availability.unavailable("ruff not found on PATH"), 0, (r, c) -> null);
        try (Harness h = new Harness(dir, missing)) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "ruff_checker").step("1.002", "nothing")
                    .build());
            assertThat(result.step("1.001").orElseThrow().error())
                    .isEqualTo("adapter not available: ruff_checker (ruff not found on PATH)");
            assertThat(missing.calls.get()).isZero();
        }
    }

    @Test
    void preferDeterministicRoutesAnAiActorToItsAlternative() {
        TestAdapter editor = new TestAdapter("ai_editor", AdapterType.AI, "code_fixers", Availability.available("1"),
                4000, (r, c) -> null);
        TestAdapter fixers = TestAdapter.ok("code_fixers");
        try (Harness h = new Harness(dir, editor, fixers)) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "ai_editor").build());
            assertThat(result.step("1.001").orElseThrow().adapter()).isEqualTo("code_fixers");
            assertThat(fixers.calls.get()).isEqualTo(1);
            assertThat(editor.calls.get()).isZero();
        }
    }

    @Test
    void dryRunPlansLayersRoutingAndTokensWithoutRunning() {
        TestAdapter ai = TestAdapter.ai("ai", 700, 700);
        TestAdapter tool = TestAdapter.ok("tool");
        InMemoryStore store = new InMemoryStore();
        try (Harness h = new Harness(dir, ai, tool)) {
            var flow = Flows.workflow().preferDeterministic(false).step("1.001", "tool")
                    .add(StepBuilder.of("1.002", "tool").dependsOn()).add(StepBuilder.of("1.003", "tool").dependsOn())
                    .add(StepBuilder.of("2.001", "ai").dependsOn("1.001", "1.002", "1.003")).step("2.002", "ai")
                    .build();
            Execution execution = h.runner.start(flow, h.options().dryRun(true).parallelism(2).maxTokens(1000L)
                    .store(store).build());
            RunPlan plan = execution.plan().orElseThrow();
            assertThat(plan.groups()).containsExactly(List.of("1.001", "1.002"), List.of("1.003"), List.of("2.001"),
                    List.of("2.002"));
            assertThat(plan.order()).containsExactly("1.001", "1.002", "1.003", "2.001", "2.002");
            assertThat(plan.totalEstimatedTokens()).isEqualTo(1400);
            assertThat(plan.fitsBudget()).isFalse();
            assertThat(plan.steps().get(3).adapterType()).isEqualTo("ai");
            assertThat(plan.steps().get(3).dependsOn()).containsExactly("1.001", "1.002", "1.003");
            assertThat(ai.calls.get() + tool.calls.get()).isZero();
            assertThat(store.execution(execution.id()).orElseThrow().dryRun()).isTrue();
        }
    }
}
