package dev.clio.engine.adapter.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The environment of child processes: an allowlist of the parent's variables plus a step's explicit entries. Secrets
 * in the parent's environment (API keys, tokens) never reach a child unless a step passes them on purpose.
 */
final class ChildEnvironment {

    static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "USER");
    private static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private final Map<String, String> inherited;

    ChildEnvironment(Map<String, String> parent) {
        Map<String, String> kept = new HashMap<>();
        for (String name : INHERITED) {
            String value = parent.get(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        this.inherited = Map.copyOf(kept);
    }

    /** Replaces {@code target}'s content with the allowlisted variables and {@code extra}; rejects bad names. */
    void applyTo(Map<String, String> target, Map<String, String> extra) {
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (e.getKey() == null || !NAME.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("environment variable name '" + e.getKey()
                        + "' is not allowed: names must match [A-Z_][A-Z0-9_]*");
            }
            if (e.getValue() == null || e.getValue().indexOf('\0') >= 0) {
                throw new IllegalArgumentException("environment variable " + e.getKey() + " needs a text value");
            }
        }
        target.clear();
        target.putAll(inherited);
        target.putAll(new HashMap<>(extra));
    }
}
