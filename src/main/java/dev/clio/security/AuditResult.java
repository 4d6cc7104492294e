package dev.clio.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an audited action ended: done, failed, or not allowed to start. */
public enum AuditResult {
    OK, ERROR, REFUSED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AuditResult parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
