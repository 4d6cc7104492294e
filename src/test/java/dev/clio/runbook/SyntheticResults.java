package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.ops.Resources;
import dev.clio.runbook.ValuePath.Function;
import dev.clio.runbook.ValuePath.Segment;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds the smallest call result in which a verdict rule's value path reads a chosen value: the inverse of the value
 * reader, so verdict rules are tested from the YAML itself rather than from hand-written results.
 */
final class SyntheticResults {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SyntheticResults() {
    }

    /**
     * A result where {@code path} reads {@code value}: for count(...) a list of that many elements, for max/min/sum a
     * one-element list, for any/all a one-element list whose field is {@code value}, else the field itself.
     *
     * @param table true when the call answers a {@link Resources.Table} (rows are written as text under columns)
     */
    static JsonNode where(ValuePath path, JsonNode value, boolean table) {
        ObjectNode root = F.objectNode();
        if (path.function() == null) {
            put(root, path.path(), value);
            return root;
        }
        ArrayNode list = F.arrayNode();
        if (path.function() == Function.COUNT) {
            for (int i = 0; i < value.asInt(); i++) {
                list.add(table ? F.arrayNode() : F.objectNode());
            }
        } else if (table) {
            root.set("columns", F.arrayNode().add(path.field().get(0).name()));
            list.add(F.arrayNode().add(value.isNumber() ? value.decimalValue().toPlainString() : value.asText()));
        } else {
            ObjectNode element = F.objectNode();
            put(element, path.field(), value);
            list.add(element);
        }
        put(root, path.path(), list);
        return root;
    }

    /** Sets {@code value} at the segments, creating objects, selected elements and indexed lists on the way. */
    private static void put(ObjectNode root, List<Segment> segments, JsonNode value) {
        JsonNode at = root;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean last = i == segments.size() - 1;
            Segment next = last ? null : segments.get(i + 1);
            if (next != null && (next.isSelector() || next.index() != null)) {
                ArrayNode list = ((ObjectNode) at).putArray(s.name());
                ObjectNode element = F.objectNode();
                if (next.isSelector()) {
                    element.set(next.whereField(), literal(next.whereValue()));
                } else {
                    for (int k = 0; k < next.index(); k++) {
                        list.add(F.objectNode());
                    }
                }
                list.add(element);
                at = element;
                i++;
                if (i == segments.size() - 1) {
                    throw new IllegalArgumentException("a path ending in a selector or index reads an element");
                }
                continue;
            }
            if (last) {
                ((ObjectNode) at).set(s.name(), value);
            } else {
                at = ((ObjectNode) at).putObject(s.name());
            }
        }
    }

    static JsonNode literal(Object value) {
        if (value instanceof Double d) {
            return F.numberNode(BigDecimal.valueOf(d));
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        return F.textNode(String.valueOf(value));
    }
}
