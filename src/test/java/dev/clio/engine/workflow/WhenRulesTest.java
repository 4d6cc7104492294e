package dev.clio.engine.workflow;

import static dev.clio.engine.workflow.Validation.assertAt;
import static dev.clio.engine.workflow.Validation.of;
import static dev.clio.engine.workflow.Validation.rule;
import static dev.clio.engine.workflow.Validation.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.workflow.Diagnostic.Severity;
import org.junit.jupiter.api.Test;

class WhenRulesTest {

    private static String withWhen(String whenLine) {
        return "name: x\ninputs:\n  flag: false\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: shell\n"
                + "  - id: \"1.002\"\n    name: b\n    actor: shell\n    " + whenLine + "\n";
    }

    @Test
    void syntaxErrorInAPlainScalarPointsInsideTheExpression() {
        // line 11: "    when: inputs.flag = true" — the '=' is at offset 12 of the value, value starts at column 11
        Diagnostic d = single(of(withWhen("when: inputs.flag = true")), WhenRules.SYNTAX);
        assertAt(d, 11, 23);
        assertThat(d.message())
                .isEqualTo("invalid condition: '=' assigns; use '==' to compare inputs.flag with a value");
    }

    @Test
    void syntaxErrorInADoubleQuotedScalarSkipsTheQuote() {
        Diagnostic d = single(of(withWhen("when: \"success(1.001\"")), WhenRules.SYNTAX);
        assertAt(d, 11, 25);
    }

    @Test
    void escapesInsideQuotesAreCounted() {
        // single-quoted: '' is one character of the value but two in the file
        Diagnostic d = single(of(withWhen("when: 'exists(''a'') &&'")), WhenRules.SYNTAX);
        assertAt(d, 11, 28);
    }

    @Test
    void syntaxErrorInALiteralBlockMapsToItsLine() {
        String yaml = withWhen("when: |\n      inputs.flag == true &&\n      success(1.001) ||");
        Diagnostic d = single(of(yaml), WhenRules.SYNTAX);
        assertAt(d, 13, 24);
    }

    @Test
    void unknownStepInSuccessIsAnError() {
        Diagnostic d = single(of(withWhen("when: \"success(9.999)\"")), WhenRules.UNKNOWN_STEP);
        assertAt(d, 11, 11);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains("success(9.999)");
    }

    @Test
    void knownStepAndDeclaredInputAreFine() {
        ValidationResult r = of(withWhen("when: \"success(1.001) && inputs.flag == true\""));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void undeclaredInputIsAWarningByDefaultAndAnErrorWhenStrict() {
        String yaml = withWhen("when: \"inputs.create_issue == true\"");
        Diagnostic d = single(of(yaml), WhenRules.UNDECLARED_INPUT);
        assertAt(d, 11, 11);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).contains("inputs.create_issue").contains("declare it");
        WorkflowValidator strict = new WorkflowValidator(BuiltinAdapterSpecs.catalog(),
                ValidatorOptions.defaults().withUndeclaredInputsAreErrors(true));
        assertThat(single(strict.validate("wf.yaml", yaml), WhenRules.UNDECLARED_INPUT).severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void nonStringWhenIsASchemaError() {
        ValidationResult r = of(withWhen("when: true"));
        assertThat(rule(r, "schema")).hasSize(1);
        assertThat(rule(r, WhenRules.SYNTAX)).isEmpty();
    }
}
