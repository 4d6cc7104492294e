package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Words schema messages for workflow authors: what is wrong at which key, and what to write instead. */
final class SchemaMessages {

    /** One worded schema finding; {@code onKey} places it on the key (missing children) rather than the value. */
    record Finding(String pointer, boolean onKey, String message) {
    }

    private static final Pattern STEP_ID = Pattern.compile("/steps/\\d+/id");
    private static final String TEMPLATE = "/definitions/template";

    private final YamlDocument document;

    SchemaMessages(YamlDocument document) {
        this.document = document;
    }

    Finding describe(ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "required" -> new Finding(pointer, true, "missing required key '" + m.getProperty() + "'"
                    + where(pointer));
            case "type" -> new Finding(pointer, false, typeMessage(pointer, List.of(String.valueOf(args[1])), false));
            case "enum" -> new Finding(pointer, false, enumMessage(pointer, m.getSchemaNode()));
            case "const" -> new Finding(pointer, false, "must be " + m.getSchemaNode());
            case "pattern" -> new Finding(pointer, false, patternMessage(pointer, String.valueOf(args[0])));
            case "minLength" -> new Finding(pointer, false, "must not be empty");
            case "minItems" -> new Finding(pointer, false, "1".equals(String.valueOf(args[0]))
                    ? "the list is empty: add at least one item" : "needs at least " + args[0] + " items");
            case "minimum" -> new Finding(pointer, false, "must be at least " + args[0] + ", found " + raw(pointer));
            case "maximum" -> new Finding(pointer, false, "must be at most " + args[0] + ", found " + raw(pointer));
            case "additionalProperties" -> new Finding(JsonPointers.child(pointer, String.valueOf(m.getProperty())),
                    true, "unknown key '" + m.getProperty() + "'");
            default -> new Finding(pointer, false, m.getError());
        };
    }

    /** One finding for an {@code anyOf} whose branches all failed (branches keyed by index, in order). */
    List<Finding> describeAlternatives(Map<String, List<ValidationMessage>> branches) {
        boolean templateAllowed = false;
        List<List<ValidationMessage>> candidates = new ArrayList<>();
        for (List<ValidationMessage> branch : branches.values()) {
            if (branch.stream().allMatch(m -> m.getSchemaLocation().toString().contains(TEMPLATE))) {
                templateAllowed = true;
            } else {
                candidates.add(branch);
            }
        }
        String owner = SchemaCheck.EvaluationPath.of(branches.values().iterator().next().get(0)).alternativeInstance();
        if (!candidates.isEmpty() && candidates.stream().allMatch(b -> b.size() == 1
                && b.get(0).getType().equals("required") && b.get(0).getInstanceLocation().toString().equals(owner))) {
            String keys = candidates.stream().map(b -> "'" + b.get(0).getProperty() + "'")
                    .collect(Collectors.joining(" or "));
            return List.of(new Finding(owner, true, "missing required key: add " + keys + where(owner)));
        }
        for (List<ValidationMessage> branch : candidates) {
            boolean typeMatched = branch.stream().noneMatch(m -> m.getType().equals("type")
                    && m.getInstanceLocation().toString().equals(owner));
            if (typeMatched) {
                return branch.stream().map(this::describe).toList();
            }
        }
        Set<String> expected = new LinkedHashSet<>();
        for (List<ValidationMessage> branch : candidates) {
            branch.stream().filter(m -> m.getType().equals("type"))
                    .forEach(m -> expected.add(String.valueOf(m.getArguments()[1])));
        }
        return List.of(new Finding(owner, false, typeMessage(owner, List.copyOf(expected), templateAllowed)));
    }

    private String typeMessage(String pointer, List<String> expected, boolean templateAllowed) {
        String want = expected.stream().map(SchemaMessages::article).collect(Collectors.joining(" or "));
        if (templateAllowed) {
            want += " (or a template such as ${inputs.x})";
        }
        JsonNode value = node(pointer);
        String found = value == null ? "nothing" : describeValue(pointer, value);
        String message = "expected " + want + ", found " + found;
        boolean wantsString = expected.equals(List.of("string"));
        if (wantsString && value != null && value.isValueNode() && !value.isTextual()) {
            String quoted = raw(pointer);
            message += STEP_ID.matcher(pointer).matches()
                    ? ": write the id in quotes, id: \"" + quoted + "\""
                    : ": put it in quotes, \"" + quoted + "\"";
        }
        return message;
    }

    private String enumMessage(String pointer, JsonNode schemaNode) {
        List<String> allowed = new ArrayList<>();
        JsonNode values = schemaNode == null ? null : schemaNode.isArray() ? schemaNode : schemaNode.get("enum");
        if (values != null) {
            values.forEach(v -> allowed.add(v.asText()));
        }
        JsonNode value = node(pointer);
        String text = value == null ? "" : value.asText();
        String hint = Suggestions.closest(text, allowed).map(s -> "did you mean '" + s + "'? ").orElse("");
        return "'" + text + "' is not allowed here; " + hint + "use one of: " + String.join(", ", allowed);
    }

    private String patternMessage(String pointer, String pattern) {
        if (STEP_ID.matcher(pointer).matches()) {
            return "step id '" + raw(pointer) + "' must be digits, a dot and digits, such as \"1.001\"";
        }
        return "'" + raw(pointer) + "' does not match the pattern " + pattern;
    }

    private String where(String pointer) {
        return pointer.isEmpty() ? " at the top level" : "";
    }

    private String describeValue(String pointer, JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "null (an empty value)";
        }
        if (value.isTextual()) {
            return "the string '" + value.asText() + "'";
        }
        return (value.isBoolean() ? "the boolean " : "the number ") + raw(pointer);
    }

    private JsonNode node(String pointer) {
        JsonNode n = document.root().at(pointer.isEmpty() ? "" : pointer);
        return n.isMissingNode() ? null : n;
    }

    /** The value as written in the source when it is a scalar (so 1.010 stays 1.010), else its JSON text. */
    private String raw(String pointer) {
        ScalarNode scalar = document.positions().scalar(pointer);
        if (scalar != null) {
            return scalar.getValue();
        }
        JsonNode n = node(pointer);
        return n == null ? "" : n.isTextual() ? n.asText() : n.toString();
    }

    private static String article(String type) {
        return switch (type) {
            case "integer" -> "an integer";
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> "a " + type;
        };
    }
}
