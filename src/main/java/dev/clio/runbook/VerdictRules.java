package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.runbook.ResultShape.Kind;
import java.util.List;
import java.util.Optional;

/** Verdict rules: value paths that parse and exist in the call's result, comparisons that fit, links that resolve. */
final class VerdictRules {

    private VerdictRules() {
    }

    static void check(RunbookDocument doc) {
        JsonNode steps = doc.root().path("steps");
        List<String> ids = doc.stepIds();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String at = "/steps/" + i;
            Optional<ResultShape.Root> call = resultOf(step);
            JsonNode rules = step.path("verdict");
            for (int r = 0; r < rules.size(); r++) {
                String rp = at + "/verdict/" + r;
                rule(doc, rp, rules.get(r).path("when"), call);
                StepRules.checkNext(doc, rp + "/next", rules.get(r).path("next"), ids);
            }
            StepRules.checkNext(doc, at + "/otherwise/next", step.path("otherwise").path("next"), ids);
            if (step.has("otherwise") && rules.isEmpty()) {
                doc.warning(at + "/otherwise", "otherwise-alone", "'otherwise' without verdict rules always "
                        + "decides; add rules under verdict");
            }
        }
    }

    /** The result shape a step's paths read: its call's, a command's output, or none. */
    private static Optional<ResultShape.Root> resultOf(JsonNode step) {
        if (step.path("kind").asText().equals("command")) {
            return Optional.of(new ResultShape.Root("a command", CommandOutput.class, false));
        }
        return Calls.byId(step.path("call").asText()).map(ResultShape.Root::of);
    }

    private static void rule(RunbookDocument doc, String at, JsonNode when, Optional<ResultShape.Root> call) {
        String pointer = at + "/when/value";
        String text = when.path("value").asText();
        ValuePath path;
        try {
            path = ValuePathParser.parse(text);
        } catch (ValuePath.ParseException e) {
            doc.errorAt(pointer, e.offset(), "bad-value-path", e.getMessage());
            return;
        }
        doc.paths().put(pointer, path);
        call.ifPresent(c -> shape(doc, pointer, path, c));
        boolean hasOp = when.has("op");
        boolean hasThan = when.has("than");
        if (path.isBoolean() && !hasOp && !hasThan) {
            return;
        }
        if (!hasOp || !hasThan) {
            doc.error(at + "/when", "incomplete-comparison", "give both 'op' and 'than' (e.g. op: '>', than: 90)"
                    + (path.isBoolean() ? ", or neither for a true/false path" : ""));
            return;
        }
        VerdictRule.Op op = VerdictRule.Op.of(when.get("op").asText());
        JsonNode than = when.get("than");
        if (op.numeric() && !than.isNumber()) {
            doc.error(at + "/when/than", "bad-threshold", "'" + op.symbol() + "' compares numbers; 'than' must be a "
                    + "number");
        }
        if (op == VerdictRule.Op.MATCHES && !compiles(than.asText())) {
            doc.error(at + "/when/than", "bad-pattern", "the pattern does not compile");
        }
        if (path.function() == ValuePath.Function.COUNT && !than.isNumber()) {
            doc.error(at + "/when/than", "bad-threshold", "count(...) is a number; 'than' must be a number");
        }
    }

    private static void shape(RunbookDocument doc, String pointer, ValuePath path, ResultShape.Root call) {
        if (path.function() == null) {
            ResultShape.check(call, path.path(), Kind.SCALAR).ifPresent(p -> doc.error(pointer, "unknown-field", p));
            return;
        }
        Optional<String> list = ResultShape.check(call, path.path(), Kind.LIST);
        if (list.isPresent()) {
            doc.error(pointer, "unknown-field", list.get());
            return;
        }
        if (path.function() != ValuePath.Function.COUNT) {
            ResultShape.elementOf(call, path.path()).flatMap(e -> ResultShape.checkField(call, e, path.field()))
                    .ifPresent(p -> doc.error(pointer, "unknown-field", p));
        }
    }

    private static boolean compiles(String pattern) {
        try {
            java.util.regex.Pattern.compile(pattern);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }
}
