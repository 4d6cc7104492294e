package dev.clio.security;

import java.time.Instant;

/**
 * Filters for {@link AuditLog#query}; null fields match everything.
 *
 * @param since        oldest timestamp wanted (inclusive)
 * @param until        newest timestamp wanted (inclusive)
 * @param actor        exact actor, e.g. {@code key:clio_AbCdEfG}
 * @param actionPrefix e.g. {@code keys.} or {@code auth.failed}
 * @param limit        most records returned, newest first (1 to 10,000)
 */
public record AuditQuery(Instant since, Instant until, String actor, String actionPrefix, AuditResult result,
        int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("audit query limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** The newest {@code limit} records of any kind. */
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }

    public AuditQuery since(Instant from) {
        return new AuditQuery(from, until, actor, actionPrefix, result, limit);
    }

    public AuditQuery until(Instant to) {
        return new AuditQuery(since, to, actor, actionPrefix, result, limit);
    }

    public AuditQuery actor(String who) {
        return new AuditQuery(since, until, who, actionPrefix, result, limit);
    }

    public AuditQuery action(String prefix) {
        return new AuditQuery(since, until, actor, prefix, result, limit);
    }

    public AuditQuery result(AuditResult wanted) {
        return new AuditQuery(since, until, actor, actionPrefix, wanted, limit);
    }

    boolean matches(AuditRecord r) {
        return (until == null || !r.timestamp().isAfter(until))
                && (actor == null || actor.equals(r.actor()))
                && (actionPrefix == null || (r.action() != null && r.action().startsWith(actionPrefix)))
                && (result == null || result == r.result());
    }
}
