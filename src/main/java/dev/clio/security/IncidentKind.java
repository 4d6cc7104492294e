package dev.clio.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of security incident, each counted under one of the runbook's two incident KPIs. */
public enum IncidentKind {
    /** Suspicious activity: at least N failed authentications from one client within the burst window. */
    FAILED_AUTH_BURST(Category.SUSPICIOUS_ACTIVITY),
    /** Suspicious activity: a client kept sending requests while it was rate-limited. */
    RATE_LIMITED_PERSISTENCE(Category.SUSPICIOUS_ACTIVITY),
    /** Key misuse: a revoked key was presented. */
    REVOKED_KEY_USED(Category.KEY_MISUSE),
    /** Key misuse: an expired key was presented. */
    EXPIRED_KEY_USED(Category.KEY_MISUSE),
    /** Key misuse: a valid key was used for an action its role does not allow. */
    FORBIDDEN_ACTION(Category.KEY_MISUSE);

    /** The two Security KPIs that count incidents. */
    public enum Category { SUSPICIOUS_ACTIVITY, KEY_MISUSE }

    private final Category category;

    IncidentKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
