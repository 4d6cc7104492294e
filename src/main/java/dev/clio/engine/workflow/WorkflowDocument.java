package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.adapter.AdapterCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the semantic rules look at: the loaded document, the catalog, the options and where findings go. */
record WorkflowDocument(YamlDocument yaml, AdapterCatalog catalog, ValidatorOptions options, Findings findings) {

    JsonNode root() {
        return yaml.root();
    }

    /** The step mappings, with their pointers; items that are not mappings are left to the schema. */
    List<StepNode> steps() {
        List<StepNode> out = new ArrayList<>();
        JsonNode steps = root().path("steps");
        for (int i = 0; i < steps.size() && steps.isArray(); i++) {
            JsonNode s = steps.get(i);
            if (s.isObject()) {
                out.add(new StepNode(i, "/steps/" + i, s));
            }
        }
        return out;
    }

    Set<String> stepIds() {
        Set<String> ids = new LinkedHashSet<>();
        steps().forEach(s -> {
            if (s.id() != null) {
                ids.add(s.id());
            }
        });
        return ids;
    }

    Set<String> declaredInputs() {
        Set<String> names = new LinkedHashSet<>();
        JsonNode inputs = root().path("inputs");
        if (inputs.isObject()) {
            inputs.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** One step item of the document. */
    record StepNode(int index, String pointer, JsonNode node) {

        /** The id as written when it is a scalar (a number id is still an id for the graph rules), else null. */
        String id() {
            JsonNode id = node.get("id");
            return id != null && id.isValueNode() && !id.isNull() ? id.asText() : null;
        }

        String label() {
            String id = id();
            return id == null ? "#" + (index + 1) : id;
        }

        String at(String relative) {
            return pointer + relative;
        }
    }
}
