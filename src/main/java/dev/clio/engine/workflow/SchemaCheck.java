package dev.clio.engine.workflow;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a compiled JSON schema over a loaded document and turns its messages into diagnostics on the offending node.
 * The failed branches of an {@code anyOf}/{@code oneOf} are folded into one finding, so "string or list" and
 * "integer or template" read as one sentence.
 */
public final class SchemaCheck {

    static final String RULE = "schema";

    private SchemaCheck() {
    }

    public static void check(JsonSchema schema, YamlDocument document, Findings findings) {
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(document.root()));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(m -> m.getEvaluationPath().toString()));
        SchemaMessages words = new SchemaMessages(document);
        Map<String, Map<String, List<ValidationMessage>>> alternatives = new LinkedHashMap<>();
        for (ValidationMessage m : messages) {
            EvaluationPath path = EvaluationPath.of(m);
            if (path.alternativeIndex() == null) {
                report(words.describe(m), findings);
            } else {
                alternatives.computeIfAbsent(path.alternativeKey(), k -> new TreeMap<>())
                        .computeIfAbsent(path.alternativeIndex(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map<String, List<ValidationMessage>> branches : alternatives.values()) {
            words.describeAlternatives(branches).forEach(f -> report(f, findings));
        }
    }

    private static void report(SchemaMessages.Finding f, Findings findings) {
        if (f.onKey()) {
            findings.onKey(f.pointer(), Diagnostic.Severity.ERROR, RULE, f.message());
        } else {
            findings.error(f.pointer(), RULE, f.message());
        }
    }

    /**
     * The part of a message's evaluation path that matters here: the last {@code anyOf}/{@code oneOf} it went
     * through, which branch, and the instance that alternative applies to.
     */
    record EvaluationPath(String alternativeKey, String alternativeIndex, String alternativeInstance) {

        static EvaluationPath of(ValidationMessage m) {
            String instance = m.getInstanceLocation().toString();
            List<String> tokens = JsonPointers.segments(m.getEvaluationPath().toString());
            int at = -1;
            for (int i = tokens.size() - 2; i >= 0; i--) {
                if (tokens.get(i).equals("anyOf") || tokens.get(i).equals("oneOf")) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return new EvaluationPath(null, null, instance);
            }
            int consumed = instanceSegments(tokens.subList(at + 2, tokens.size()));
            String owner = instance;
            for (int i = 0; i < consumed; i++) {
                owner = JsonPointers.parent(owner);
            }
            String key = owner + "|" + String.join("/", tokens.subList(0, at + 1));
            return new EvaluationPath(key, tokens.get(at + 1), owner);
        }

        private static int instanceSegments(List<String> rest) {
            int n = 0;
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "properties", "patternProperties" -> {
                        n++;
                        i++;
                    }
                    case "items", "additionalProperties", "additionalItems", "contains" -> n++;
                    default -> {
                    }
                }
            }
            return n;
        }
    }
}
