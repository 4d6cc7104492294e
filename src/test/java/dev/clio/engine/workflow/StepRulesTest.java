package dev.clio.engine.workflow;

import static dev.clio.engine.workflow.Validation.assertAt;
import static dev.clio.engine.workflow.Validation.of;
import static dev.clio.engine.workflow.Validation.rule;
import static dev.clio.engine.workflow.Validation.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepRulesTest {

    @Test
    void duplicateStepIdIsAtTheSecondId() {
        ValidationResult r = of("""
                name: x
                steps:
                  - id: "1.001"
                    name: a
                    actor: shell
                  - id: "1.001"
                    name: b
                    actor: shell
                """);
        Diagnostic d = single(r, StepRules.DUPLICATE_ID);
        assertAt(d, 6, 9);
        assertThat(d.message()).contains("step #1 on line 3");
    }

    @Test
    void unknownActorSuggestsTheClosestAdapter() {
        Diagnostic d = single(of("name: x\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: vscode_diagnostic\n"),
                StepRules.UNKNOWN_ACTOR);
        assertAt(d, 5, 12);
        assertThat(d.message()).isEqualTo("unknown actor 'vscode_diagnostic'; did you mean 'vscode_diagnostics'?");
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
    }

    @Test
    void unknownActorWithoutNeighbourSaysWhereTheListIs() {
        Diagnostic d = single(of("name: x\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: quantum_computer\n"),
                StepRules.UNKNOWN_ACTOR);
        assertThat(d.message()).contains("not in the adapter catalog");
    }

    @Test
    void unknownParameterIsAWarningOnTheKey() {
        ValidationResult r = of("""
                name: x
                steps:
                  - id: "1.001"
                    name: a
                    actor: pytest_runner
                    with:
                      path: tests
                      coverge: true
                """);
        Diagnostic d = single(r, StepRules.UNKNOWN_PARAM);
        assertAt(d, 8, 7);
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
        assertThat(d.message()).contains("'coverge'").contains("did you mean 'coverage'?");
        assertThat(d.path()).isEqualTo("step 1.001 \u203a with.coverge");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void adaptersThatAcceptAnyParameterGetNoWarning() {
        ValidationResult r = of("name: x\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: github_integration\n"
                + "    with: {anything: 1, goes: 2}\n");
        assertThat(rule(r, StepRules.UNKNOWN_PARAM)).isEmpty();
    }

    @Test
    void unknownPhaseTaskActorIsAWarning() {
        ValidationResult r = of("""
                name: x
                phases:
                  - id: p
                    role: wt
                    tasks:
                      - {name: a, actor: cost_tracker}
                      - {name: b, actor: git_ops}
                      - plain task
                """);
        Diagnostic d = single(r, StepRules.UNKNOWN_TASK_ACTOR);
        assertAt(d, 6, 26);
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
        assertThat(d.message()).isEqualTo("task actor 'cost_tracker' is not in the adapter catalog");
        assertThat(r.hasErrors()).isFalse();
    }
}
