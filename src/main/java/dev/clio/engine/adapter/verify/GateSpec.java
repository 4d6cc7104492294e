package dev.clio.engine.adapter.verify;

import dev.clio.engine.adapter.builtin.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One gate as written: {@code {type: tests_pass, from: artifacts/test_report.json}}, the short form
 * {@code tests_pass}, or {@code {tests_pass: {from: …}}}.
 *
 * @param name {@code name} when given, else the type
 */
record GateSpec(String type, String name, Params params) {

    /** Gates from {@code with.checks} and then {@code with.gates}: both count (the original read only one). */
    static List<GateSpec> fromStep(Map<String, Object> with) {
        List<GateSpec> gates = new ArrayList<>();
        for (String key : List.of("checks", "gates")) {
            Object value = with.get(key);
            if (value == null) {
                continue;
            }
            if (!(value instanceof List<?> items)) {
                throw new IllegalArgumentException("with." + key + " must be a list of gates, e.g. "
                        + "[{type: tests_pass, from: artifacts/test_report.json}]");
            }
            for (Object item : items) {
                gates.add(parse(key, item));
            }
        }
        return gates;
    }

    private static GateSpec parse(String key, Object item) {
        if (item instanceof String type && !type.isBlank()) {
            return new GateSpec(type.strip(), type.strip(), new Params(Map.of()));
        }
        if (item instanceof Map<?, ?> map) {
            Map<String, Object> params = new LinkedHashMap<>();
            map.forEach((k, v) -> params.put(String.valueOf(k), v));
            Object type = params.get("type");
            if (type == null && params.size() == 1 && params.values().iterator().next() instanceof Map<?, ?> inner) {
                String shortType = params.keySet().iterator().next();
                Map<String, Object> innerParams = new LinkedHashMap<>();
                inner.forEach((k, v) -> innerParams.put(String.valueOf(k), v));
                return new GateSpec(shortType, shortType, new Params(innerParams));
            }
            if (type != null && !type.toString().isBlank()) {
                Object name = params.get("name");
                return new GateSpec(type.toString().strip(), name == null ? type.toString().strip() : name.toString(),
                        new Params(params));
            }
        }
        throw new IllegalArgumentException("each item of with." + key + " needs a type (tests_pass, diff_limits, "
                + "schema_valid, token_budget), got: " + item);
    }
}
