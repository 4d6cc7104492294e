package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.workflow.Suggestions;
import dev.clio.ops.Operation;
import dev.clio.runbook.RunbookParam.ParamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A step's {@code call} and {@code with}: a known call, allowed for the step's kind, with its typed arguments. */
final class CallRules {

    private CallRules() {
    }

    static void check(RunbookDocument doc, String at, JsonNode step, String kind) {
        String id = step.path("call").asText();
        Optional<Calls.CallSpec> spec = Calls.byId(id);
        if (spec.isEmpty()) {
            String why = StepRules.streamOnly(id) ? "'" + id + "' is a stream; a step needs one answer, use "
                    + id.replace("-stream", "").replace(".stream", ".query") + " instead"
                    : "unknown call '" + id + "'; " + Suggestions.closest(id, Calls.ids())
                            .map(s -> "did you mean '" + s + "'? ").orElse("") + "calls are Operation ids such as "
                            + "health, system.status, containers.restart";
            doc.error(at + "/call", "unknown-call", why);
            return;
        }
        Operation op = spec.get().operation();
        if (kind.equals("investigation") && op.isRemediation()) {
            doc.error(at + "/call", "remediation-in-investigation", "'" + id + "' changes state, so it cannot be an "
                    + "investigation; make this step kind: remediation");
        }
        if (kind.equals("remediation") && !op.isRemediation()) {
            doc.warning(at + "/kind", "read-only-remediation", "'" + id + "' changes nothing; make this step kind: "
                    + "investigation so it runs without a confirmation");
        }
        checkArgs(doc, at, step.path("with"), spec.get());
    }

    private static void checkArgs(RunbookDocument doc, String at, JsonNode with, Calls.CallSpec spec) {
        List<String> names = spec.args().stream().map(ArgSpec::name).toList();
        with.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                String hint = Suggestions.closest(name, names).map(s -> "did you mean '" + s + "'? ").orElse("");
                doc.keyError(at + "/with/" + name, "unknown-argument", spec.operation().id() + " has no argument '"
                        + name + "'; " + hint + (names.isEmpty() ? "it takes none" : "it takes "
                                + String.join(", ", names)));
            }
        });
        for (ArgSpec arg : spec.args()) {
            JsonNode value = with.get(arg.name());
            if (value == null) {
                if (arg.required()) {
                    doc.error(at + "/with", "missing-argument", spec.operation().id() + " needs the argument '"
                            + arg.name() + "' (" + arg.type().label() + ": " + arg.description() + ")");
                }
                continue;
            }
            checkArg(doc, at + "/with/" + arg.name(), arg, value.asText());
        }
    }

    private static void checkArg(RunbookDocument doc, String at, ArgSpec arg, String text) {
        List<String> refs = doc.references(at, text);
        if (refs.isEmpty()) {
            ParamValues.checkType(arg.type(), text).ifPresent(p -> doc.error(at, "bad-argument", arg.name() + " "
                    + p + " (it is a " + arg.type().label() + ")"));
            return;
        }
        boolean whole = RunbookDocument.isWholeReference(text);
        if (!whole && arg.type() != ParamType.STRING) {
            doc.error(at, "bad-argument", arg.name() + " is a " + arg.type().label() + "; give one ${params.x} "
                    + "reference or a literal, not text around a reference");
        }
        for (String name : refs) {
            paramType(doc, at, name).ifPresent(type -> {
                if (whole && arg.type() != ParamType.STRING && type != arg.type()) {
                    doc.error(at, "argument-type", arg.name() + " is a " + arg.type().label() + " but params."
                            + name + " is a " + type.label());
                }
            });
        }
    }

    /** The declared type of {@code params.name}; reports an unknown name. */
    static Optional<ParamType> paramType(RunbookDocument doc, String at, String name) {
        JsonNode p = doc.root().path("params").path(name);
        if (p.isMissingNode()) {
            List<String> known = new ArrayList<>();
            doc.root().path("params").fieldNames().forEachRemaining(known::add);
            String hint = Suggestions.closest(name, known).map(s -> "did you mean '" + s + "'? ").orElse("");
            doc.error(at, "unknown-param", "params." + name + " is not declared; " + hint
                    + (known.isEmpty() ? "declare it under params:" : "declared: " + String.join(", ", known)));
            return Optional.empty();
        }
        return Optional.of(ParamType.valueOf(p.path("type").asText().toUpperCase(Locale.ROOT)));
    }
}
