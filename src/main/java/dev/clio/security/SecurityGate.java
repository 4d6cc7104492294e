package dev.clio.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * What the HTTP server calls for each request, in order: {@link #admit} with the {@code X-API-Key} header value (never
 * a query parameter) and the client address, then {@link #authorize} with the action. It wires the limiter, the key
 * service, the monitor and the audit log together so every server route gets the same rules. {@code /health} and
 * {@code /ready} must not call it. Thread-safe; {@link #admit} may block briefly on key-file and audit writes.
 */
public final class SecurityGate implements AutoCloseable {

    private final ApiKeyService keys;
    private final FailedAuthLimiter limiter;
    private final SecurityMonitor monitor;
    private final AuditLog audit;
    private final AccessPolicy policy;
    private final Clock clock;

    public SecurityGate(ApiKeyService keys, FailedAuthLimiter limiter, SecurityMonitor monitor, AuditLog audit,
            AccessPolicy policy, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        restoreIncidents();
        monitor.onIncident(this::auditIncident);
    }

    /** A gate over a workspace's {@code security/} directory with the default thresholds and policy. */
    public static SecurityGate open(Path securityDirectory) {
        return new SecurityGate(ApiKeyService.open(securityDirectory),
                new FailedAuthLimiter(LimiterSettings.defaults()),
                new SecurityMonitor(MonitorSettings.defaults()), AuditLog.open(securityDirectory),
                AccessPolicy.defaults(), Clock.systemUTC());
    }

    /** Checks a request's credentials: rate limit first (a blocked client's key is not looked at), then the key. */
    public Admission admit(String apiKeyHeader, String client) {
        Instant now = clock.instant();
        LimitDecision limit = limiter.check(client, now);
        if (!limit.allowed()) {
            monitor.recordRateLimited(client, now);
            return new Admission(Admission.Outcome.RATE_LIMITED, null, limit.retryAfterSeconds(),
                    "too many failed authentications from this address: retry in " + limit.retryAfterSeconds()
                            + " s with a valid key");
        }
        AuthResult result = keys.authenticate(apiKeyHeader, client, now);
        monitor.recordAuthentication(result, client, now);
        if (result.ok()) {
            return new Admission(Admission.Outcome.ADMITTED, result.caller(), 0, "");
        }
        if (result.failure() == AuthFailure.UNAVAILABLE) {
            return new Admission(Admission.Outcome.UNAVAILABLE, null, 0, result.message());
        }
        audit.append(new AuditRecord(now, AuditRecord.ANONYMOUS, null, "auth.failed", result.keyPrefix(),
                Map.of("reason", result.failure().name().toLowerCase(Locale.ROOT)), AuditResult.REFUSED,
                result.message(), 0, client));
        if (limiter.recordFailure(client, now)) {
            audit.append(new AuditRecord(now, AuditRecord.ANONYMOUS, null, "auth.rate_limited", client, Map.of(),
                    AuditResult.REFUSED, "client blocked after repeated failed authentications", 0, client));
        }
        return new Admission(Admission.Outcome.UNAUTHORIZED, null, 0, result.message());
    }

    /** Decides whether {@code caller} may perform {@code action}; a refusal is counted and audited. */
    public Decision authorize(Caller caller, String action, String target) {
        Instant now = clock.instant();
        Role required = policy.required(action);
        boolean allowed = required != null && caller.allows(required);
        monitor.recordPermission(caller, action, allowed, now);
        if (allowed) {
            return new Decision(true, required, "");
        }
        String message = required == null ? "action " + action + " is not available through the API"
                : "your role " + caller.role().label() + " may not " + action + ": it needs " + required.label();
        audit.append(AuditRecord.of(now, caller, "permission.denied", target, Map.of("action", String.valueOf(action)),
                AuditResult.REFUSED, message, Duration.ZERO, caller.client()));
        return new Decision(false, required, message);
    }

    public ApiKeyService keys() {
        return keys;
    }

    public SecurityMonitor monitor() {
        return monitor;
    }

    public AuditLog audit() {
        return audit;
    }

    public AccessPolicy policy() {
        return policy;
    }

    /** Writes pending key last-use times and closes the audit log. */
    @Override
    public void close() {
        try {
            keys.close();
        } finally {
            audit.close();
        }
    }

    /** Reads the KPI window's incidents back from the audit log, oldest first, so a restart does not zero the KPIs. */
    private void restoreIncidents() {
        Instant since = clock.instant().minus(monitor.settings().kpiWindow());
        AuditPage page;
        try {
            page = audit.query(AuditQuery.latest(AuditQuery.MAX_LIMIT).since(since).action("security.incident"));
        } catch (SecurityStoreException e) {
            LoggerFactory.getLogger(SecurityGate.class).warn("{}", e.getMessage());
            return;
        }
        List<AuditRecord> records = new ArrayList<>(page.records());
        Collections.reverse(records);
        for (AuditRecord r : records) {
            IncidentKind kind = kindOf(r.parameters().get("kind"));
            if (kind != null) {
                String prefix = r.actor().startsWith("key:") ? r.actor().substring(4) : null;
                monitor.restore(new SecurityIncident(r.timestamp(), kind, r.client(), prefix, r.message()));
            }
        }
    }

    private static IncidentKind kindOf(Object label) {
        for (IncidentKind kind : IncidentKind.values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        return null;
    }

    private void auditIncident(SecurityIncident incident) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kind", incident.kind().label());
        params.put("category", incident.kind().category().name().toLowerCase(Locale.ROOT));
        String actor = incident.keyPrefix() == null ? AuditRecord.ANONYMOUS : "key:" + incident.keyPrefix();
        audit.append(new AuditRecord(incident.time(), actor, null, "security.incident",
                incident.keyPrefix() != null ? incident.keyPrefix() : incident.client(), params, AuditResult.REFUSED,
                incident.detail(), 0, incident.client()));
    }
}
