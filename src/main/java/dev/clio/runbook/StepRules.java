package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.workflow.Suggestions;
import dev.clio.ops.Operation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Steps: unique ids, the fields each kind allows, known calls and their typed arguments, links to other steps. */
final class StepRules {

    private static final Map<String, Set<String>> FIELDS_BY_KIND = Map.of(
            "investigation", Set.of("call", "with", "verdict", "otherwise"),
            "remediation", Set.of("call", "with", "verdict", "otherwise", "effect", "dangerous"),
            "manual", Set.of("instructions"),
            "command", Set.of("argv", "cwd", "env", "timeout", "output_limit", "read_only", "verdict", "otherwise",
                    "effect", "dangerous"));
    private static final Set<String> COMMON = Set.of("id", "title", "why", "kind", "next");

    private StepRules() {
    }

    static void check(RunbookDocument doc) {
        JsonNode steps = doc.root().path("steps");
        Set<String> seen = new HashSet<>();
        List<String> ids = doc.stepIds();
        for (int i = 0; i < steps.size(); i++) {
            String at = "/steps/" + i;
            JsonNode step = steps.get(i);
            String id = step.path("id").asText();
            if (!seen.add(id)) {
                doc.error(at + "/id", "duplicate-id", "step id '" + id + "' is used twice; step ids must be unique");
            }
            String kind = step.path("kind").asText();
            fieldsOfKind(doc, at, step, kind);
            if (step.has("call")) {
                CallRules.check(doc, at, step, kind);
            }
            if (kind.equals("command")) {
                CommandRules.check(doc, at, step);
            }
            checkNext(doc, at + "/next", step.path("next"), ids);
            if (kind.equals("remediation") && !step.has("effect")) {
                doc.warning(at, "no-effect", "say what this remediation changes in 'effect'; the confirmation "
                        + "shows it");
            }
        }
    }

    private static void fieldsOfKind(RunbookDocument doc, String at, JsonNode step, String kind) {
        Set<String> allowed = FIELDS_BY_KIND.get(kind);
        step.fieldNames().forEachRemaining(name -> {
            if (!COMMON.contains(name) && !allowed.contains(name)) {
                doc.keyError(at + "/" + name, "field-not-for-kind", "'" + name + "' does not apply to a " + kind
                        + " step");
            }
        });
    }

    /** A {@code next} names a step of this runbook or {@code runbook:ID} (checked by the catalog). */
    static void checkNext(RunbookDocument doc, String at, JsonNode next, List<String> ids) {
        if (next.isMissingNode() || next.asText().startsWith("runbook:")) {
            return;
        }
        String target = next.asText();
        if (!ids.contains(target)) {
            String hint = Suggestions.closest(target, ids).map(s -> "did you mean '" + s + "'? ").orElse("");
            doc.error(at, "unknown-next", "next names no step '" + target + "'; " + hint
                    + "write a step id of this runbook or runbook:ID for another runbook");
        }
    }

    /** Whether an operation id is a stream, which a step cannot call (a step has one answer). */
    static boolean streamOnly(String id) {
        return id.equals(Operation.LOGS_STREAM.id()) || id.equals(Operation.CONTAINERS_LOGS_STREAM.id());
    }
}
