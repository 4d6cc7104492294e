package dev.clio.engine.workflow;

import static dev.clio.engine.workflow.Validation.assertAt;
import static dev.clio.engine.workflow.Validation.of;
import static dev.clio.engine.workflow.Validation.rule;
import static dev.clio.engine.workflow.Validation.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.workflow.Diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Templates, workspace paths and the token budget. */
class ContentRulesTest {

    @Test
    void undeclaredTemplateInputsAreWarnings() {
        ValidationResult r = of("""
                name: x
                inputs: {lane: main}
                steps:
                  - id: "1.001"
                    name: a
                    actor: git_ops
                    with:
                      branch: "{{ inputs.lane }}"
                      message: "fix ${inputs.ticket} on ${date} {summary} {{ contract.x }}"
                """);
        Diagnostic d = single(r, TemplateRules.RULE);
        assertAt(d, 9, 16);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).contains("inputs.ticket");
    }

    @Test
    void emitsOutsideTheWorkspaceIsAnError() {
        ValidationResult r = of("""
                name: x
                steps:
                  - id: "1.001"
                    name: a
                    actor: shell
                    emits: ["artifacts/ok.json", "../secrets.json"]
                    with:
                      output: /etc/passwd
                """);
        assertThat(rule(r, PathRules.RULE)).hasSize(2);
        assertAt(rule(r, PathRules.RULE).get(0), 6, 34);
        assertAt(rule(r, PathRules.RULE).get(1), 8, 15);
        assertThat(rule(r, PathRules.RULE).get(0).message()).contains("'../secrets.json'")
                .contains("artifacts/secrets.json");
    }

    @Test
    void checkPathsAreCheckedToo() {
        ValidationResult r = of("""
                name: x
                steps:
                  - id: "1.001"
                    name: a
                    actor: verifier
                    with:
                      checks:
                        - type: schema_valid
                          from: artifacts/d.json
                          schema: ../../schemas/d.json
                """);
        assertAt(single(r, PathRules.RULE), 10, 19);
    }

    @ParameterizedTest
    @CsvSource({"../x, true", "/abs, true", "~/x, true", "C:\\\\x, true", "a/../../x, true", "a/../b, false",
        "./artifacts/x, false", "src/**/*.py, false", "., false"})
    void escapeDetection(String path, boolean escapes) {
        assertThat(PathRules.escapes(path)).isEqualTo(escapes);
    }

    @Test
    void budgetBelowTheSumOfStepLimitsIsAWarning() {
        ValidationResult r = of("""
                name: x
                policy:
                  max_tokens: 1000
                steps:
                  - id: "1.001"
                    name: a
                    actor: ai_editor
                    with: {max_tokens: 800}
                  - id: "1.002"
                    name: b
                    actor: contract_validator
                    constraints: {max_tokens: 400}
                """);
        Diagnostic d = single(r, BudgetRules.RULE);
        assertAt(d, 3, 15);
        assertThat(d.message()).contains("1000").contains("1200").contains("2 step(s)");
        assertThat(rule(of(Validation.VALID), BudgetRules.RULE)).isEmpty();
    }
}
