package dev.clio.engine.adapter.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to a step's {@code with} map. A wrong type is an {@link IllegalArgumentException} whose message names
 * the key and says what is expected; adapters turn it into a failed result.
 */
public final class Params {

    private final Map<String, Object> with;

    public Params(Map<String, Object> with) {
        this.with = with;
    }

    public boolean has(String key) {
        return with.get(key) != null;
    }

    public Optional<String> string(String key) {
        Object value = with.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException("with." + key + " must be a string");
        }
        String text = value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The first present key among aliases ({@code branch}, {@code name}). */
    public Optional<String> string(String key, String alias) {
        return string(key).or(() -> string(alias));
    }

    public String string(String key, String alias, String fallback) {
        return string(key, alias).orElse(fallback);
    }

    /** A list of strings; a plain string is accepted only when {@code allowSingle} (file patterns, tools). */
    public Optional<List<String>> strings(String key, boolean allowSingle) {
        Object value = with.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                if (item == null || item instanceof Map || item instanceof List) {
                    throw new IllegalArgumentException("with." + key + " must be a list of strings");
                }
                items.add(item.toString());
            }
            return Optional.of(List.copyOf(items));
        }
        if (allowSingle && !(value instanceof Map)) {
            return Optional.of(List.of(value.toString()));
        }
        throw new IllegalArgumentException("with." + key + " must be a list of strings");
    }

    public Optional<Long> integer(String key) {
        Object value = with.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Optional.of(n.longValue());
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,18}")) {
            return Optional.of(Long.parseLong(s.strip()));
        }
        throw new IllegalArgumentException("with." + key + " must be a whole number, got '" + value + "'");
    }

    /** A whole number of at least 1. */
    public Optional<Long> positive(String key) {
        Optional<Long> value = integer(key);
        if (value.isPresent() && value.get() < 1) {
            throw new IllegalArgumentException("with." + key + " must be at least 1, got " + value.get());
        }
        return value;
    }

    public Optional<Double> number(String key) {
        Object value = with.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        try {
            return Optional.of(Double.parseDouble(value.toString().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("with." + key + " must be a number, got '" + value + "'");
        }
    }

    public boolean flag(String key, boolean fallback) {
        Object value = with.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().strip().toLowerCase(java.util.Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("with." + key + " must be true or false, got '" + value + "'");
    }

    /** A map of names to scalar values, as strings. */
    public Map<String, String> stringMap(String key) {
        Object value = with.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("with." + key + " must be a map of names to values");
        }
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v instanceof Map || v instanceof List) {
                throw new IllegalArgumentException("with." + key + "." + k + " must be a single value");
            }
            result.put(String.valueOf(k), v == null ? "" : v.toString());
        });
        return result;
    }

    public Object raw(String key) {
        return with.get(key);
    }
}
