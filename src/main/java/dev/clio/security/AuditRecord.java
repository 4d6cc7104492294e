package dev.clio.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;

/**
 * One line of {@code security/audit.jsonl}.
 *
 * @param actor      caller identity ({@code key:clio_AbCdEfG}, {@code local:alice}) or {@code anonymous}
 * @param role       the caller's role label, or null when unauthenticated
 * @param action     dotted name, e.g. {@code keys.create}, {@code artifacts.clean}, {@code auth.failed}
 * @param target     what the action was applied to (a key prefix, a workflow file), or null
 * @param parameters the call's parameters, secrets redacted
 * @param client     remote address, or null for local calls
 */
@JsonPropertyOrder({"timestamp", "actor", "role", "action", "target", "parameters", "result", "message",
    "duration_ms", "client"})
public record AuditRecord(
        Instant timestamp,
        String actor,
        String role,
        String action,
        String target,
        Map<String, Object> parameters,
        AuditResult result,
        String message,
        @JsonProperty("duration_ms") long durationMs,
        String client) {

    public AuditRecord {
        timestamp = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The actor of a request that has no valid key. */
    public static final String ANONYMOUS = "anonymous";

    /** A record of what {@code caller} did; a null caller is {@link #ANONYMOUS}. */
    public static AuditRecord of(Instant timestamp, Caller caller, String action, String target,
            Map<String, ?> parameters, AuditResult result, String message, Duration duration, String client) {
        String actor = caller == null ? ANONYMOUS : caller.identity();
        String role = caller == null ? null : caller.role().label();
        String from = client != null || caller == null ? client : caller.client();
        return new AuditRecord(timestamp, actor, role, action, target,
                parameters == null ? Map.of() : Collections.unmodifiableMap(Redactor.redact(parameters)), result,
                message,
                duration == null ? 0 : duration.toMillis(), from);
    }

    /** The same record with every free-text field and parameter passed through the {@link Redactor}. */
    AuditRecord redacted() {
        return new AuditRecord(timestamp, actor, role, action, Redactor.redactText(target),
                Redactor.redact(parameters), result, Redactor.redactText(message), durationMs, client);
    }
}
