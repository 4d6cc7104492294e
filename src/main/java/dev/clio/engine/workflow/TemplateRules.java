package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template placeholders {@code {{ inputs.x }}} and {@code ${inputs.x}} must name declared inputs. Every other
 * placeholder ({@code ${date}}, {@code {summary}}, {@code {{ contract.x }}}) is a run-time variable and is fine.
 */
final class TemplateRules {

    static final String RULE = "undeclared-template-input";

    private static final Pattern INPUT = Pattern.compile(
            "(?:\\{\\{\\s*inputs\\.([A-Za-z_][A-Za-z0-9_]*)[^}]*}}|\\$\\{\\s*inputs\\.([A-Za-z_][A-Za-z0-9_]*)[^}]*})");

    private TemplateRules() {
    }

    static void check(WorkflowDocument doc) {
        Set<String> declared = doc.declaredInputs();
        JsonNode root = doc.root();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getKey().equals("inputs")) {
                walk(doc, e.getValue(), JsonPointers.child("", e.getKey()), declared);
            }
        }
    }

    private static void walk(WorkflowDocument doc, JsonNode node, String pointer, Set<String> declared) {
        if (node.isTextual()) {
            checkText(doc, node.asText(), pointer, declared);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(doc, node.get(i), JsonPointers.child(pointer, i), declared);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(doc, e.getValue(), JsonPointers.child(pointer, e.getKey()), declared);
            }
        }
    }

    private static void checkText(WorkflowDocument doc, String text, String pointer, Set<String> declared) {
        if (text.indexOf('{') < 0) {
            return;
        }
        Set<String> missing = new LinkedHashSet<>();
        Matcher m = INPUT.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!declared.contains(name)) {
                missing.add(name);
            }
        }
        for (String name : missing) {
            doc.findings().warning(pointer, RULE, "the template uses inputs." + name
                    + ", which is not declared under 'inputs'; declare it, or the placeholder stays in the value as written");
        }
    }
}
