package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link Workflow} model from a loaded document, leniently: wrong types become defaults (the schema has
 * already reported them), so the editor and the runner see a model even for a document with errors.
 */
final class WorkflowModel {

    private WorkflowModel() {
    }

    /** The model, when the root is a mapping whose {@code steps} (if any) is a list. */
    static Optional<Workflow> build(JsonNode root) {
        if (!root.isObject() || (root.has("steps") && !root.get("steps").isArray())) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        JsonNode items = root.path("steps");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isObject()) {
                steps.add(step(i, items.get(i)));
            }
        }
        List<Map<String, Object>> phases = new ArrayList<>();
        root.path("phases").forEach(p -> {
            if (p.isObject()) {
                phases.add(map(p));
            }
        });
        return Optional.of(new Workflow(text(root, "name"), textOr(root, "version", "1.0"),
                text(root, "description"), map(root.get("metadata")), map(root.get("inputs")),
                policy(root.get("policy")), steps, phases, gates(root.get("gates")), map(root)));
    }

    private static Step step(int index, JsonNode s) {
        JsonNode deps = s.get("depends_on");
        List<String> dependsOn = null;
        if (deps != null) {
            dependsOn = new ArrayList<>();
            for (JsonNode d : deps.isArray() ? deps : JsonNodeFactory.instance.arrayNode().add(deps)) {
                if (d.isValueNode() && !d.isNull()) {
                    dependsOn.add(d.asText());
                }
            }
        }
        return new Step(index, textOr(s, "id", "step-" + (index + 1)), textOr(s, "name", "Step " + (index + 1)),
                text(s, "actor"), map(s.get("with")), text(s, "when"), dependsOn, retry(s.get("retry")),
                onFail(s.get("on_fail")), strings(s.get("emits")), list(s.get("gates")),
                integer(s.get("timeout_minutes")), BudgetRules.tokenLimit(s));
    }

    private static Retry retry(JsonNode r) {
        if (r == null || !r.isObject()) {
            return Retry.NONE;
        }
        int max = r.path("max").canConvertToExactIntegral() ? Math.max(0, Math.min(5, r.path("max").asInt())) : 0;
        Retry.Backoff backoff = "linear".equals(r.path("backoff").asText()) ? Retry.Backoff.LINEAR
                : Retry.Backoff.EXPONENTIAL;
        return new Retry(max, backoff);
    }

    private static OnFail onFail(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return OnFail.STOP;
        }
        try {
            return OnFail.valueOf(n.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OnFail.STOP;
        }
    }

    private static Policy policy(JsonNode p) {
        if (p == null || !p.isObject()) {
            return Policy.defaults();
        }
        Map<String, Object> extra = map(p);
        for (String known : List.of("max_tokens", "prefer_deterministic", "timeout_minutes", "enable_caching",
                "parallel_execution")) {
            extra.remove(known);
        }
        JsonNode max = p.path("max_tokens");
        return new Policy(max.isNumber() && max.canConvertToExactIntegral() ? max.asLong() : null,
                bool(p, "prefer_deterministic", true), integer(p.get("timeout_minutes")),
                bool(p, "enable_caching", false), bool(p, "parallel_execution", true), extra);
    }

    private static Map<String, Object> gates(JsonNode g) {
        if (g == null || g.isObject()) {
            return map(g);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < g.size(); i++) {
            JsonNode item = g.get(i);
            String key = item.path("name").isTextual() ? item.path("name").asText()
                    : item.path("type").isTextual() ? item.path("type").asText() : String.valueOf(i);
            out.putIfAbsent(key, JsonValues.toJava(item));
        }
        return out;
    }

    private static boolean bool(JsonNode p, String key, boolean fallback) {
        JsonNode n = p.path(key);
        return n.isBoolean() ? n.asBoolean() : fallback;
    }

    private static Integer integer(JsonNode n) {
        return n != null && n.isNumber() && n.canConvertToInt() && n.canConvertToExactIntegral() ? n.asInt() : null;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String textOr(JsonNode n, String key, String fallback) {
        String t = text(n, key);
        return t == null ? fallback : t;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isTextual()) {
            out.add(n.asText());
        } else if (n != null && n.isArray()) {
            n.forEach(v -> {
                if (v.isValueNode() && !v.isNull()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }

    private static List<Object> list(JsonNode n) {
        List<Object> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(v -> {
                if (!v.isNull()) {
                    out.add(JsonValues.toJava(v));
                }
            });
        }
        return out;
    }

    private static Map<String, Object> map(JsonNode n) {
        return JsonValues.toMap(n);
    }
}
