package dev.clio.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Test helpers: validate text and find diagnostics by rule. */
final class Validation {

    static final WorkflowValidator VALIDATOR = WorkflowValidator.standard();

    private Validation() {
    }

    static ValidationResult of(String yaml) {
        return VALIDATOR.validate("wf.yaml", yaml);
    }

    static List<Diagnostic> rule(ValidationResult result, String rule) {
        return result.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    /** The only diagnostic of {@code rule}; fails when there are none or several. */
    static Diagnostic single(ValidationResult result, String rule) {
        List<Diagnostic> found = rule(result, rule);
        assertThat(found).as("diagnostics %s of rule %s", result.diagnostics(), rule).hasSize(1);
        return found.get(0);
    }

    static void assertAt(Diagnostic d, int line, int column) {
        assertThat(d.line()).as("line of %s", d.toLine()).isEqualTo(line);
        assertThat(d.column()).as("column of %s", d.toLine()).isEqualTo(column);
    }

    /** A valid two-step workflow to start from. */
    static final String VALID = """
            name: demo
            inputs:
              files: ["src/**/*.py"]
              lane: lane/x
            policy:
              max_tokens: 1000
            steps:
              - id: "1.001"
                name: Diagnostics
                actor: vscode_diagnostics
                with:
                  analyzers: [ruff]
                emits: artifacts/diagnostics.json
              - id: "1.002"
                name: Fix
                actor: code_fixers
                when: "has_errors('artifacts/diagnostics.json', kinds=['lint'])"
                with:
                  tools: [ruff]
            """;
}
