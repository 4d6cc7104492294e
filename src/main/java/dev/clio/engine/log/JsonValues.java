package dev.clio.engine.log;

import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns field values into plain JSON-friendly values, so that every line parses with {@code jq}. */
final class JsonValues {

    private JsonValues() {
    }

    static Object sanitize(Object value) {
        return switch (value) {
            case null -> null;
            case Double d -> Double.isFinite(d) ? d : null; // Jackson would write NaN, which is not JSON
            case Float f -> Float.isFinite(f) ? f : null;
            case Duration d -> d.toMillis() / 1000.0;
            case TemporalAccessor t -> t.toString();
            case Enum<?> e -> e.toString();
            case Map<?, ?> map -> sanitizeMap(map);
            case Collection<?> list -> sanitizeList(list);
            case Object[] array -> sanitizeList(java.util.Arrays.asList(array));
            default -> value;
        };
    }

    private static Map<String, Object> sanitizeMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), sanitize(v)));
        return copy;
    }

    private static List<Object> sanitizeList(Collection<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(v -> copy.add(sanitize(v)));
        return copy;
    }
}
