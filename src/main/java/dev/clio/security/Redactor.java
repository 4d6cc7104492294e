package dev.clio.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes secrets from what gets recorded: values under names that look secret (password, secret, token, api_key,
 * key, authorization, credential, ...), and anything that looks like an API key or a bearer token wherever it appears.
 * Nested maps and lists are walked; long strings are shortened so one record stays one small line.
 */
public final class Redactor {

    public static final String REDACTED = "[REDACTED]";
    static final int MAX_STRING = 1000;
    private static final Pattern SECRET_NAME = Pattern.compile(
            "password|passwd|passphrase|secret|token|apikey|authorization|credential|cookie|session|privatekey");
    /** Names about amounts of tokens (budgets, usage), which are numbers worth keeping, not credentials. */
    private static final Pattern TOKEN_AMOUNT = Pattern.compile("tokens|maxtoken|token(budget|limit|count|usage|used)");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final int MAX_DEPTH = 8;

    private Redactor() {
    }

    /** True for a parameter name whose value must never be recorded. */
    public static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (TOKEN_AMOUNT.matcher(n).find()) {
            return n.replaceAll(TOKEN_AMOUNT.pattern(), "").matches(".*(" + SECRET_NAME.pattern() + ").*");
        }
        return SECRET_NAME.matcher(n).find() || n.endsWith("key");
    }

    /** A copy of {@code parameters} that is safe to record; null stays null. */
    public static Map<String, Object> redact(Map<String, ?> parameters) {
        if (parameters == null) {
            return null;
        }
        return redactMap(parameters, 0);
    }

    /** Replaces key-shaped and bearer-token text inside free text, and shortens it. */
    public static String redactText(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = BEARER.matcher(ApiKeys.ANYWHERE.matcher(text).replaceAll(REDACTED)).replaceAll(REDACTED);
        return cleaned.length() <= MAX_STRING ? cleaned : cleaned.substring(0, MAX_STRING) + "...";
    }

    private static Map<String, Object> redactMap(Map<?, ?> map, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String name = String.valueOf(k);
            out.put(name, isSecretName(name) && v != null ? REDACTED : redactValue(v, depth + 1));
        });
        return out;
    }

    private static Object redactValue(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return "...";
        }
        if (value instanceof Map<?, ?> map) {
            return redactMap(map, depth);
        }
        if (value instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(redactValue(item, depth + 1)));
            return out;
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return redactText(value.toString());
    }
}
