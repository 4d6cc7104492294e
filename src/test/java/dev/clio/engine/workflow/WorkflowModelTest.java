package dev.clio.engine.workflow;

import static dev.clio.engine.workflow.Validation.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkflowModelTest {

    @Test
    void buildsStepsWithDefaults() {
        Workflow wf = of("""
                name: demo
                steps:
                  - id: "1.001"
                    name: a
                    actor: shell
                    emits: artifacts/a.txt
                  - id: "1.002"
                    name: b
                    actor: ai_editor
                    depends_on: []
                    retry: {max: 2, backoff: linear}
                    on_fail: pause_for_review
                    timeout_minutes: 3
                    with: {max_tokens: 500, tool: aider}
                    when: success(1.001)
                  - id: "1.003"
                    name: c
                    actor: contract_validator
                    depends_on: ["1.001", "1.002"]
                    constraints: {max_tokens: 40}
                    gates: [{type: tests_pass}]
                """).workflow().orElseThrow();
        Step a = wf.steps().get(0);
        assertThat(a.dependsOn()).isNull();
        assertThat(a.hasExplicitDependencies()).isFalse();
        assertThat(a.emits()).containsExactly("artifacts/a.txt");
        assertThat(a.retry()).isEqualTo(Retry.NONE);
        assertThat(a.onFail()).isEqualTo(OnFail.STOP);
        assertThat(a.tokenLimit()).isNull();
        Step b = wf.steps().get(1);
        assertThat(b.dependsOn()).isEmpty();
        assertThat(b.retry()).isEqualTo(new Retry(2, Retry.Backoff.LINEAR));
        assertThat(b.onFail()).isEqualTo(OnFail.PAUSE_FOR_REVIEW);
        assertThat(b.timeoutMinutes()).isEqualTo(3);
        assertThat(b.tokenLimit()).isEqualTo(500L);
        assertThat(b.with()).containsEntry("tool", "aider");
        assertThat(b.when()).isEqualTo("success(1.001)");
        Step c = wf.step("1.003").orElseThrow();
        assertThat(c.dependsOn()).containsExactly("1.001", "1.002");
        assertThat(c.tokenLimit()).isEqualTo(40L);
        assertThat(c.gates()).hasSize(1);
        assertThat(c.index()).isEqualTo(2);
    }

    @Test
    void buildsPolicyInputsAndRaw() {
        Workflow wf = of("""
                name: demo
                version: "2.1"
                inputs: {files: [a.py], create_issue: false}
                policy: {max_tokens: 9000, parallel_execution: false, budget_limit_usd: 5.0}
                gates: {token_budget: {max_tokens: 10}}
                steps:
                  - {id: "1.001", name: a, actor: shell}
                """).workflow().orElseThrow();
        assertThat(wf.name()).isEqualTo("demo");
        assertThat(wf.version()).isEqualTo("2.1");
        assertThat(wf.inputs()).containsKeys("files", "create_issue");
        assertThat(wf.policy().maxTokens()).isEqualTo(9000L);
        assertThat(wf.policy().parallelExecution()).isFalse();
        assertThat(wf.policy().preferDeterministic()).isTrue();
        assertThat(wf.policy().extra()).containsOnlyKeys("budget_limit_usd");
        assertThat(wf.gates()).containsKey("token_budget");
        assertThat(wf.raw()).containsKeys("name", "steps", "policy");
    }

    @Test
    void nullValuesDoNotBreakTheModel() {
        ValidationResult r = of("name: x\nmetadata: {owner: null}\ninputs: {pr: null}\nsteps:\n"
                + "  - {id: '1.0', name: a, actor: github_integration, with: {x: null}, gates: [null]}\n");
        assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsExactly("schema");
        Workflow wf = r.workflow().orElseThrow();
        assertThat(wf.metadata()).containsEntry("owner", null);
        assertThat(wf.inputs()).containsEntry("pr", null);
        assertThat(wf.steps().get(0).with()).containsEntry("x", null);
        assertThat(wf.steps().get(0).gates()).isEmpty();
    }

    @Test
    void modelIsBuiltEvenWithErrorsButNotWithoutSteps() {
        ValidationResult r = of("name: x\nsteps:\n  - {id: bad, name: a, actor: nobody}\n");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.workflow()).isPresent();
        assertThat(r.workflow().orElseThrow().steps().get(0).id()).isEqualTo("bad");
        assertThat(of("name: x\nsteps: 5\n").workflow()).isEmpty();
        assertThat(of("name: [x\n").workflow()).isEmpty();
    }
}
