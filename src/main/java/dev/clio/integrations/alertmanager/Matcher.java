package dev.clio.integrations.alertmanager;

import java.util.Objects;

/**
 * One matcher of a silence, as API v2 has it: {@code name="value"}, {@code name!="value"}, {@code name=~"regex"} or
 * {@code name!~"regex"}.
 */
public record Matcher(String name, String value, boolean regex, boolean equal) {

    public Matcher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** {@code name="value"}: what a silence made from an alert's labels uses. */
    public static Matcher equal(String name, String value) {
        return new Matcher(name, value, false, true);
    }

    /** Whether an alert with these labels matches (a missing label is the empty string, as in Alertmanager). */
    public boolean matches(java.util.Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        boolean hit = regex ? actual.matches(value) : actual.equals(value);
        return hit == equal;
    }

    @Override
    public String toString() {
        return name + (equal ? "" : "!") + (regex ? "=~" : "=") + "\"" + value + "\"";
    }
}
