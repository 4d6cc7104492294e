package dev.clio.runbook;

import dev.clio.ops.Durations;
import dev.clio.ops.OpsException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A call's resolved arguments in their text forms (already checked against the call's {@link ArgSpec}s). */
public record CallArgs(Map<String, String> values) {

    public CallArgs {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String text(String name) {
        return values.get(name);
    }

    public String textOrNull(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public int integer(String name) {
        String v = values.get(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw OpsException.invalid(name + ": '" + v + "' is not a whole number");
        }
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(values.get(name));
    }

    public Duration duration(String name) {
        String v = textOrNull(name);
        return v == null ? null : Durations.parse(name, v);
    }
}
