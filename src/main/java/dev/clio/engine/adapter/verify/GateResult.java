package dev.clio.engine.adapter.verify;

import java.util.LinkedHashMap;
import java.util.Map;

/** The verdict of one gate, with the facts it was based on. */
record GateResult(String name, String type, boolean passed, String message, Map<String, Object> details) {

    GateResult {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    static GateResult pass(GateSpec gate, String message, Map<String, Object> details) {
        return new GateResult(gate.name(), gate.type(), true, message, details);
    }

    static GateResult fail(GateSpec gate, String message) {
        return new GateResult(gate.name(), gate.type(), false, message, Map.of());
    }

    static GateResult fail(GateSpec gate, String message, Map<String, Object> details) {
        return new GateResult(gate.name(), gate.type(), false, message, details);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("type", type);
        map.put("passed", passed);
        map.put("message", message);
        map.put("details", details);
        return map;
    }
}
