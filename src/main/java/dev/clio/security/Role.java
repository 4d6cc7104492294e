package dev.clio.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a caller may do; each role includes the ones below it (viewer &lt; operator &lt; admin). */
public enum Role {
    /** Read-only: health, KPIs, logs, history, listings. */
    VIEWER,
    /** Viewer plus executing workflows and remediations. */
    OPERATOR,
    /** Operator plus API keys and configuration. */
    ADMIN;

    /** True when this role grants everything {@code required} grants; a null requirement is denied by default. */
    public boolean allows(Role required) {
        return required != null && ordinal() >= required.ordinal();
    }

    /** The lower-case name used in files, headers and the command line. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code viewer}, {@code operator} or {@code admin} (any case); anything else is a one-line error. */
    @JsonCreator
    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.label().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "': use viewer, operator or admin");
    }
}
