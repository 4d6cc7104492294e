package dev.clio.engine.workflow;

import static dev.clio.engine.workflow.Validation.assertAt;
import static dev.clio.engine.workflow.Validation.of;
import static dev.clio.engine.workflow.Validation.rule;
import static dev.clio.engine.workflow.Validation.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaRulesTest {

    @Test
    void theValidWorkflowHasNoDiagnostics() {
        assertThat(of(Validation.VALID).diagnostics()).isEmpty();
    }

    @Test
    void missingNameAndStepsAreReportedOnTheMapping() {
        ValidationResult r = of("# a workflow\ndescription: nothing\n");
        assertThat(rule(r, "schema")).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "missing required key 'name' at the top level",
                "missing required key: add 'steps' or 'phases' at the top level");
        rule(r, "schema").forEach(d -> assertAt(d, 2, 1));
    }

    @Test
    void missingStepKeyPointsAtTheStep() {
        ValidationResult r = of("name: x\nsteps:\n  - id: \"1.001\"\n    actor: shell\n");
        Diagnostic d = single(r, "schema");
        assertAt(d, 3, 5);
        assertThat(d.message()).isEqualTo("missing required key 'name'");
        assertThat(d.path()).isEqualTo("step 1.001");
        assertThat(d.pointer()).isEqualTo("/steps/0");
    }

    @Test
    void unquotedNumericIdSaysToQuoteIt() {
        ValidationResult r = of("name: x\nsteps:\n  - id: 1.010\n    name: a\n    actor: shell\n");
        Diagnostic d = single(r, "schema");
        assertAt(d, 3, 9);
        assertThat(d.message()).isEqualTo(
                "expected a string, found the number 1.010: write the id in quotes, id: \"1.010\"");
    }

    @Test
    void badIdPatternIsAtTheId() {
        Diagnostic d = single(of("name: x\nsteps:\n  - id: plan\n    name: a\n    actor: shell\n"), "schema");
        assertAt(d, 3, 9);
        assertThat(d.message()).contains("'plan'").contains("\"1.001\"");
        assertThat(d.path()).isEqualTo("step plan \u203a id");
    }

    @Test
    void unknownEnumValueSuggestsTheClosest() {
        ValidationResult r = of("name: x\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: shell\n"
                + "    on_fail: pause_for_reveiw\n");
        Diagnostic d = single(r, "schema");
        assertAt(d, 6, 14);
        assertThat(d.message()).contains("did you mean 'pause_for_review'?")
                .contains("stop, pause_for_review, continue");
    }

    @Test
    void wrongTypeOfAnAlternativeIsOneFinding() {
        ValidationResult r = of("name: x\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: shell\n    emits: 3\n");
        Diagnostic d = single(r, "schema");
        assertAt(d, 6, 12);
        assertThat(d.message()).isEqualTo("expected a string or a list, found the number 3");
    }

    @Test
    void typedParametersAcceptTemplates() {
        String yaml = """
                name: x
                inputs: {pr_number: null, state: open}
                steps:
                  - id: "1.001"
                    name: a
                    actor: git_ops
                    with:
                      pr_number: "${inputs.pr_number}"
                      state: "{{ inputs.state }}"
                """;
        assertThat(of(yaml).diagnostics()).isEmpty();
        Diagnostic d = single(of(yaml.replace("\"${inputs.pr_number}\"", "soon")), "schema");
        assertAt(d, 8, 18);
        assertThat(d.message()).isEqualTo(
                "expected an integer (or a template such as ${inputs.x}), found the string 'soon'");
    }

    @Test
    void rangeViolationsNameTheLimit() {
        Diagnostic d = single(of("name: x\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: shell\n"
                + "    retry: {max: 9}\n"), "schema");
        assertAt(d, 6, 18);
        assertThat(d.message()).isEqualTo("must be at most 5, found 9");
    }

    @Test
    void enumsApplyOnlyToTheirActor() {
        String analyst = """
                name: x
                steps:
                  - id: "1.001"
                    name: review
                    actor: ai_analyst
                    with: {analysis_type: code_review}
                  - id: "1.002"
                    name: edit
                    actor: ai_editor
                    with: {operation: refactor}
                """;
        assertThat(rule(of(analyst), "schema")).isEmpty();
        String github = analyst.replace("actor: ai_analyst", "actor: github_integration");
        Diagnostic d = single(of(github), "schema");
        assertAt(d, 6, 27);
        assertThat(d.message()).contains("'code_review' is not allowed here").contains("repository");
    }

    @Test
    void versionMustBeAString() {
        Diagnostic d = single(of("name: x\nversion: 2\nsteps:\n  - {id: \"1.001\", name: a, actor: shell}\n"),
                "schema");
        assertAt(d, 2, 10);
        assertThat(d.message()).endsWith("put it in quotes, \"2\"");
    }

    @Test
    void nonMappingDocumentIsNotAWorkflow() {
        ValidationResult r = of("- a\n- b\n");
        assertAt(single(r, "not-a-workflow"), 1, 1);
        assertThat(r.workflow()).isEmpty();
    }

    @Test
    void theMatchingAlternativeReportsItsOwnProblem() {
        ValidationResult r = of("""
                name: x
                phases:
                  - id: p
                    role: wt
                    tasks:
                      - simple
                      - {name: t, scope_mode: private}
                """);
        Diagnostic d = single(r, "schema");
        assertAt(d, 7, 31);
        assertThat(d.message()).startsWith("'private' is not allowed here;").contains("exclusive, shared, read-only");
        assertThat(d.path()).isEqualTo("phase p \u203a tasks[1].scope_mode");
    }
}
