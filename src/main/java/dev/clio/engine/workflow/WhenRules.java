package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.expr.WhenExpression;
import dev.clio.engine.expr.WhenSyntaxException;
import dev.clio.engine.workflow.Diagnostic.Severity;
import dev.clio.engine.workflow.WorkflowDocument.StepNode;
import java.util.Set;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** {@code when} rules: the condition parses, and every step and input it names exists. */
final class WhenRules {

    static final String SYNTAX = "when-syntax";
    static final String UNKNOWN_STEP = "when-unknown-step";
    static final String UNDECLARED_INPUT = "when-undeclared-input";

    private WhenRules() {
    }

    static void check(WorkflowDocument doc) {
        Set<String> ids = doc.stepIds();
        Set<String> inputs = doc.declaredInputs();
        for (StepNode step : doc.steps()) {
            JsonNode when = step.node().get("when");
            if (when == null || !when.isTextual()) {
                continue;
            }
            String pointer = step.at("/when");
            WhenExpression expression;
            try {
                expression = WhenExpression.parse(when.asText());
            } catch (WhenSyntaxException e) {
                syntaxError(doc, pointer, e);
                continue;
            }
            for (String ref : expression.referencedSteps()) {
                if (!ids.contains(ref)) {
                    String hint = Suggestions.closest(ref, ids).map(s -> "; did you mean '" + s + "'?").orElse("");
                    doc.findings().error(pointer, UNKNOWN_STEP,
                            "success(" + ref + ") names a step that is not in this workflow" + hint);
                }
            }
            for (String input : expression.referencedInputs()) {
                if (!inputs.contains(input)) {
                    Severity severity = doc.options().undeclaredInputsAreErrors() ? Severity.ERROR : Severity.WARNING;
                    doc.findings().onValue(pointer, severity, UNDECLARED_INPUT, "inputs." + input
                            + " is not declared under 'inputs'; declare it with a default (e.g. " + input
                            + ": false) or it is null unless given at run time");
                }
            }
        }
    }

    private static void syntaxError(WorkflowDocument doc, String pointer, WhenSyntaxException e) {
        ScalarNode scalar = doc.yaml().positions().scalar(pointer);
        SourceRange at = scalar == null
                ? doc.yaml().positions().value(pointer)
                : ScalarOffsets.locate(scalar, doc.yaml().text(), e.offset());
        doc.findings().at(at, Severity.ERROR, SYNTAX, pointer, "invalid condition: " + e.getMessage());
    }
}
