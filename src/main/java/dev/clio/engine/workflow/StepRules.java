package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.ParamSpec;
import dev.clio.engine.workflow.Diagnostic.Severity;
import dev.clio.engine.workflow.WorkflowDocument.StepNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Step-level rules: unique ids, actors known to the catalog, {@code with} keys the actor understands. */
final class StepRules {

    static final String DUPLICATE_ID = "duplicate-step-id";
    static final String UNKNOWN_ACTOR = "unknown-actor";
    static final String UNKNOWN_PARAM = "unknown-parameter";
    static final String UNKNOWN_TASK_ACTOR = "unknown-task-actor";

    private StepRules() {
    }

    static void check(WorkflowDocument doc) {
        Map<String, StepNode> seen = new HashMap<>();
        for (StepNode step : doc.steps()) {
            String id = step.id();
            if (id != null) {
                StepNode first = seen.putIfAbsent(id, step);
                if (first != null) {
                    int line = doc.yaml().positions().value(first.at("/id")).line();
                    doc.findings().error(step.at("/id"), DUPLICATE_ID, "duplicate step id '" + id
                            + "': step #" + (first.index() + 1) + " on line " + line + " has it too; give each step "
                            + "its own id");
                }
            }
            checkActor(doc, step);
        }
        checkTaskActors(doc);
    }

    /** Phase tasks only describe coordinated work (the runner does not run them), so an unknown actor is a warning. */
    private static void checkTaskActors(WorkflowDocument doc) {
        JsonNode phases = doc.root().path("phases");
        for (int p = 0; p < phases.size() && phases.isArray(); p++) {
            JsonNode tasks = phases.get(p).path("tasks");
            for (int t = 0; t < tasks.size() && tasks.isArray(); t++) {
                JsonNode actor = tasks.get(t).path("actor");
                if (actor.isTextual() && doc.catalog().spec(actor.asText()).isEmpty()) {
                    String hint = suggestion(doc, actor.asText()).map(s -> "; did you mean '" + s + "'?").orElse("");
                    doc.findings().warning("/phases/" + p + "/tasks/" + t + "/actor", UNKNOWN_TASK_ACTOR,
                            "task actor '" + actor.asText() + "' is not in the adapter catalog" + hint);
                }
            }
        }
    }

    private static Optional<String> suggestion(WorkflowDocument doc, String actor) {
        return Suggestions.closest(actor, doc.catalog().specs().stream().map(AdapterSpec::name).toList());
    }

    private static void checkActor(WorkflowDocument doc, StepNode step) {
        JsonNode actor = step.node().get("actor");
        if (actor == null || !actor.isTextual() || actor.asText().isBlank()) {
            return;
        }
        Optional<AdapterSpec> spec = doc.catalog().spec(actor.asText());
        if (spec.isEmpty()) {
            String hint = suggestion(doc, actor.asText()).map(s -> "did you mean '" + s + "'?")
                    .orElse("it is not in the adapter catalog (see the actor list in docs/workflow-language.md)");
            doc.findings().error(step.at("/actor"), UNKNOWN_ACTOR,
                    "unknown actor '" + actor.asText() + "'; " + hint);
            return;
        }
        checkParams(doc, step, spec.get());
    }

    private static void checkParams(WorkflowDocument doc, StepNode step, AdapterSpec spec) {
        JsonNode with = step.node().get("with");
        if (spec.acceptsAnyParams() || with == null || !with.isObject()) {
            return;
        }
        List<String> known = spec.params().stream().map(ParamSpec::name).toList();
        for (Iterator<String> it = with.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (spec.param(key).isEmpty()) {
                String hint = Suggestions.closest(key, known).map(s -> "did you mean '" + s + "'?")
                        .orElse("it takes: " + String.join(", ", known));
                doc.findings().onKey(JsonPointers.child(step.at("/with"), key), Severity.WARNING, UNKNOWN_PARAM,
                        spec.name() + " has no parameter '" + key + "' (it is ignored); " + hint);
            }
        }
    }
}
