package dev.clio.engine.workflow.assist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.workflow.WorkflowSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped workflow schema read as a key index: which keys a mapping at a path may hold, their descriptions,
 * types, enums and defaults. Paths are {@link YamlOutline} paths ({@code [steps, [0], retry]}).
 */
final class SchemaIndex {

    /** What the schema says about one key. */
    record KeyDoc(String key, String description, String type, List<String> values, String defaultValue,
            boolean listOfMappings) {

        KeyDoc(String key, String description, String type, List<String> values, String defaultValue) {
            this(key, description, type, values, defaultValue, false);
        }

        /** "string · one of: stop, continue · default stop". */
        String summary() {
            StringBuilder s = new StringBuilder(type);
            if (!values.isEmpty()) {
                s.append(" · one of: ").append(String.join(", ", values));
            }
            if (defaultValue != null) {
                s.append(" · default ").append(defaultValue);
            }
            return s.toString();
        }

        boolean nested() {
            return type.equals("mapping") || type.equals("list") || type.equals("mapping or list");
        }
    }

    private static final SchemaIndex WORKFLOW = new SchemaIndex(read(WorkflowSchemas.workflowSchemaText()));

    private final JsonNode root;

    private SchemaIndex(JsonNode root) {
        this.root = root;
    }

    static SchemaIndex workflow() {
        return WORKFLOW;
    }

    /** The keys a mapping at {@code path} may hold, in schema order, with their documentation. */
    Map<String, KeyDoc> keys(List<String> path) {
        Map<String, KeyDoc> keys = new LinkedHashMap<>();
        for (JsonNode schema : at(path)) {
            schema.path("properties").properties().forEach(e ->
                    keys.putIfAbsent(e.getKey(), doc(e.getKey(), alternatives(e.getValue()),
                            itemsAreMappings(e.getValue()))));
        }
        return keys;
    }

    Optional<KeyDoc> key(List<String> parent, String key) {
        return Optional.ofNullable(keys(parent).get(key));
    }

    private List<JsonNode> at(List<String> path) {
        List<JsonNode> current = alternatives(root);
        for (String segment : path) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode schema : current) {
                JsonNode child = segment.startsWith("[") ? schema.get("items") : schema.path("properties").get(segment);
                if (child != null) {
                    next.addAll(alternatives(child));
                }
            }
            current = next;
        }
        return current;
    }

    /** The schema itself plus its {@code $ref} target and {@code anyOf}/{@code oneOf}/{@code allOf} branches. */
    private List<JsonNode> alternatives(JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        collect(schema, out, 0);
        return out;
    }

    private void collect(JsonNode schema, List<JsonNode> out, int depth) {
        if (schema == null || !schema.isObject() || depth > 8) {
            return;
        }
        out.add(schema);
        String ref = schema.path("$ref").asText("");
        // A template alternative only says "a placeholder is allowed too": not a type worth listing.
        if (ref.startsWith("#/") && !ref.equals("#/definitions/template")) {
            collect(root.at(ref.substring(1)), out, depth + 1);
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            schema.path(combinator).forEach(branch -> collect(branch, out, depth + 1));
        }
    }

    /** True for a list whose items are mappings ({@code steps}, {@code phases}): a new item starts with a dash. */
    private boolean itemsAreMappings(JsonNode schema) {
        for (JsonNode s : alternatives(schema)) {
            JsonNode items = s.get("items");
            if (items != null && alternatives(items).stream().anyMatch(i -> "object".equals(i.path("type").asText()))) {
                return true;
            }
        }
        return false;
    }

    private static KeyDoc doc(String key, List<JsonNode> alternatives, boolean listOfMappings) {
        String description = "";
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String defaultValue = null;
        for (JsonNode s : alternatives) {
            if (description.isEmpty() && s.has("description") && !s.has("pattern")) {
                description = s.get("description").asText();
            }
            JsonNode type = s.get("type");
            if (type != null) {
                (type.isArray() ? type : List.of(type)).forEach(t -> addOnce(types, typeName(t.asText())));
            }
            s.path("enum").forEach(v -> addOnce(values, v.asText()));
            if (defaultValue == null && s.has("default")) {
                defaultValue = s.get("default").asText();
            }
        }
        return new KeyDoc(key, description, types.isEmpty() ? "any" : String.join(" or ", types), values,
                defaultValue, listOfMappings);
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "object" -> "mapping";
            case "array" -> "list";
            default -> jsonType;
        };
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static JsonNode read(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the shipped workflow schema does not parse", e);
        }
    }
}
