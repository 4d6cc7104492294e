package dev.clio.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a key is usable now. */
public enum KeyStatus {
    ACTIVE, EXPIRED, REVOKED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
