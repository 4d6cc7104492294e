package dev.clio.engine.workflow.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.WorkflowValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixes for what the real validator reports, applied and validated again. */
class QuickFixesTest {

    private static final WorkflowValidator VALIDATOR = WorkflowValidator.standard();

    private static Diagnostic only(String text, String rule) {
        List<Diagnostic> found = VALIDATOR.validate("wf.yaml", text).diagnostics().stream()
                .filter(d -> d.rule().equals(rule)).toList();
        assertThat(found).as("diagnostics %s", rule).hasSize(1);
        return found.get(0);
    }

    private static String fixed(String text, String rule) {
        List<QuickFix> fixes = QuickFixes.of(only(text, rule), text);
        assertThat(fixes).hasSize(1);
        String after = fixes.get(0).edit().applyTo(text);
        assertThat(VALIDATOR.validate("wf.yaml", after).diagnostics()).extracting(Diagnostic::rule)
                .doesNotContain(rule);
        return after;
    }

    private static String step(String id, String actor, String extra) {
        return "name: x\nsteps:\n  - id: " + id + "\n    name: a\n    actor: " + actor + "\n" + extra;
    }

    @Test
    void numericStepIdGetsQuotes() {
        String text = step("1.010", "shell", "");
        assertThat(QuickFixes.of(only(text, "schema"), text)).first().extracting(QuickFix::title)
                .isEqualTo("Quote the step id: \"1.010\"");
        assertThat(fixed(text, "schema")).contains("- id: \"1.010\"\n");
    }

    @Test
    void stepIdThatIsNotANumberHasNoFix() {
        String text = step("\"plan\"", "shell", "");
        assertThat(QuickFixes.of(only(text, "schema"), text)).isEmpty();
    }

    @Test
    void unknownActorWithOneCloseMatch() {
        assertThat(fixed(step("\"1.001\"", "vscode_diagnostic", ""), "unknown-actor"))
                .contains("actor: vscode_diagnostics\n");
        assertThat(fixed(step("\"1.001\"", "'vscode_diagnostic'", ""), "unknown-actor"))
                .contains("actor: 'vscode_diagnostics'\n");
    }

    @Test
    void unknownActorWithoutACloseMatchHasNoFix() {
        String text = step("\"1.001\"", "frobnicator", "");
        assertThat(QuickFixes.of(only(text, "unknown-actor"), text)).isEmpty();
    }

    @Test
    void enumTypoAndUnknownDependencyAndParameter() {
        assertThat(fixed(step("\"1.001\"", "shell", "    on_fail: pause_for_reveiw\n"), "schema"))
                .contains("on_fail: pause_for_review");
        String deps = step("\"1.001\"", "shell", "") + "  - id: \"1.002\"\n    name: b\n    actor: shell\n"
                + "    depends_on: [\"1.009\"]\n";
        assertThat(fixed(deps, "unknown-dependency")).contains("depends_on: [\"1.001\"]");
        assertThat(fixed(step("\"1.001\"", "pytest_runner", "    with: {coverge: true}\n"), "unknown-parameter"))
                .contains("with: {coverage: true}");
    }

    @Test
    void assignmentInAConditionBecomesAComparison() {
        String text = "name: x\ninputs: {go: true}\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: shell\n"
                + "    when: \"inputs.go = true\"\n";
        assertThat(fixed(text, "when-syntax")).contains("when: \"inputs.go == true\"");
    }

    @Test
    void selfDependencyIsRemovedFromFlowAndBlockLists() {
        String flow = step("\"1.001\"", "shell", "    depends_on: [\"1.001\"]\n");
        assertThat(fixed(flow, "self-dependency")).contains("depends_on: []");
        String two = step("\"1.001\"", "shell", "    depends_on: [\"1.000\", \"1.001\"]\n")
                + "  - id: \"1.000\"\n    name: b\n    actor: shell\n    depends_on: []\n";
        assertThat(fixed(two, "self-dependency")).contains("depends_on: [\"1.000\"]\n");
        String block = step("\"1.001\"", "shell", "    depends_on:\n      - \"1.001\"\n");
        assertThat(fixed(block, "self-dependency")).endsWith("    depends_on:\n");
    }

    @Test
    void staleDiagnosticOutsideTheTextHasNoFix() {
        String text = step("1.010", "shell", "");
        Diagnostic d = only(text, "schema");
        assertThat(QuickFixes.of(d, "name: x\n")).isEmpty();
    }
}
