package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain Java values (maps, lists, strings, numbers, booleans, null) from a tree; direct, unlike convertValue. */
final class JsonValues {

    private JsonValues() {
    }

    static Object toJava(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            return toMap(n);
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>(n.size());
            n.forEach(item -> list.add(toJava(item)));
            return list;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        return n.asText();
    }

    /** A mutable insertion-ordered map of an object node; empty for anything else. */
    static Map<String, Object> toMap(JsonNode n) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
        }
        return map;
    }
}
