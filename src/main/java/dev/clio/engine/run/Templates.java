package dev.clio.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes {@code {{ name }}} and {@code ${name}} placeholders in step parameters. Names are {@code inputs.<key>}
 * (dotted paths reach into map inputs), {@code date} (today, UTC, ISO), {@code execution_id} and
 * {@code workflow_name}. A value that is exactly one placeholder takes the variable's own type (a list stays a
 * list); inside longer text lists are joined with spaces. Unknown placeholders are left as written.
 */
final class Templates {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*([A-Za-z_][\\w.\\-]*)\\s*}}|\\$\\{\\s*([A-Za-z_][\\w.\\-]*)\\s*}");

    private final Map<String, Object> inputs;
    private final Map<String, Object> builtins;

    Templates(Map<String, Object> inputs, String date, String executionId, String workflowName) {
        this.inputs = inputs;
        this.builtins = Map.of("date", date, "execution_id", executionId, "workflow_name", workflowName);
    }

    /** Resolves every string inside {@code value}, recursively through lists and maps. */
    Object resolve(Object value) {
        if (value instanceof String text) {
            return resolveText(text);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(resolve(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, resolve(v)));
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolveMap(Map<String, Object> with) {
        return (Map<String, Object>) resolve(with);
    }

    private Object resolveText(String text) {
        Matcher whole = PLACEHOLDER.matcher(text.strip());
        if (whole.matches()) {
            Optional<Object> value = lookup(name(whole));
            if (value.isEmpty()) {
                return text;
            }
            return value.get() == NULL ? null : value.get();
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<Object> value = lookup(name(m));
            m.appendReplacement(out, Matcher.quoteReplacement(value.map(Templates::render).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String name(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** Empty when the name is unknown; a present null is represented by {@link #NULL}. */
    private Optional<Object> lookup(String name) {
        if (builtins.containsKey(name)) {
            return Optional.of(builtins.get(name));
        }
        if (!name.startsWith("inputs.")) {
            return Optional.empty();
        }
        Object current = inputs;
        for (String part : name.substring("inputs.".length()).split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return Optional.empty();
            }
            current = map.get(part);
        }
        return Optional.of(current == null ? NULL : current);
    }

    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
