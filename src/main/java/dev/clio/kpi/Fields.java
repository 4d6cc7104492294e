package dev.clio.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.ops.Durations;
import dev.clio.ops.OpsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed reads of one entry's fields; every failure is an {@link Invalid} that names the field and what it wants. Public
 * for the other definitions files of {@code kpi} sub-packages (the capacity table).
 */
public final class Fields {

    /** A field is missing or has the wrong shape; the message is one line for the user. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private final ObjectNode node;

    public Fields(ObjectNode node, Set<String> allowed) throws Invalid {
        this.node = node;
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new Invalid("unknown field(s) " + unknown + "; the fields are " + new java.util.TreeSet<>(allowed));
        }
    }

    public boolean has(String name) {
        return node.hasNonNull(name);
    }

    public JsonNode node(String name) {
        return node.get(name);
    }

    public String text(String name) throws Invalid {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw new Invalid("'" + name + "' is required and must be text");
        }
        return v.asText().strip();
    }

    public String text(String name, String fallback) throws Invalid {
        return has(name) ? text(name) : fallback;
    }

    public double number(String name, double fallback) throws Invalid {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new Invalid("'" + name + "' must be a number, not '" + v.asText() + "'");
        }
        return v.asDouble();
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) throws Invalid {
        String value = text(name);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw new Invalid("'" + name + "' is '" + value + "' but must be one of " + names);
        }
    }

    /** A duration like {@code 30s}, {@code 5m}, {@code 1h}; {@code 0s} means at once. */
    public Duration duration(String name) throws Invalid {
        JsonNode v = node.get(name);
        String text = v == null || v.isNull() ? "" : v.asText().strip();
        if (text.matches("0[smhd]?")) {
            return Duration.ZERO;
        }
        try {
            return Durations.parse("'" + name + "'", text);
        } catch (OpsException e) {
            throw new Invalid(e.getMessage());
        }
    }

    public boolean bool(String name, boolean fallback) throws Invalid {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new Invalid("'" + name + "' must be true or false");
        }
        return v.asBoolean();
    }
}
