package dev.clio.server;

import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.security.ApiKeyService;
import dev.clio.security.AuthFailure;
import dev.clio.security.AuthResult;
import dev.clio.security.Caller;
import dev.clio.security.FailedAuthLimiter;
import dev.clio.security.LimitDecision;
import dev.clio.security.Role;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decides who is calling and whether they may: the {@code X-API-Key} header only, a per-client limiter on failed
 * attempts (429 with {@code Retry-After}), then the role the route needs (deny by default). Failures and denials are
 * counted ({@code auth_failures_total}, {@code permission_denials_total}) and audited.
 */
final class Gatekeeper {

    static final String HEADER = "X-API-Key";
    static final String UNAUTHORIZED = "Valid API key required";
    static final String RATE_LIMITED = "API rate limit exceeded. Try again later.";

    private final ApiKeyService keys;
    private final FailedAuthLimiter limiter;
    private final Consumer<Resources.AuditEntry> audit;
    private final MeterRegistry registry;
    private final Clock clock;

    Gatekeeper(ApiKeyService keys, FailedAuthLimiter limiter, Consumer<Resources.AuditEntry> audit,
            MeterRegistry registry, Clock clock) {
        this.keys = keys;
        this.limiter = limiter;
        this.audit = audit;
        this.registry = registry;
        this.clock = clock;
    }

    /** The caller of a route that needs no key. */
    static Caller anonymous(String client) {
        return new Caller("anonymous", Role.VIEWER, null, client);
    }

    /**
     * Authenticates the request and checks it may do what {@code required} allows.
     *
     * @param what the operation id or path, for the audit record
     * @throws ApiException 401, 403, 429 or 503 with a plain message
     */
    Caller admit(String keyHeader, String client, Role required, String what) {
        Instant now = clock.instant();
        LimitDecision decision = limiter.check(client, now);
        if (!decision.allowed()) {
            counter("auth.rate_limited", "client_blocked").increment();
            throw new ApiException(OpsException.Kind.RATE_LIMITED, RATE_LIMITED,
                    Map.of("retry_after_seconds", decision.retryAfterSeconds()),
                    Map.of("Retry-After", String.valueOf(decision.retryAfterSeconds())));
        }
        AuthResult result = keys.authenticate(keyHeader, client, now);
        if (!result.ok()) {
            throw refused(result, client, what, now);
        }
        Caller caller = result.caller();
        if (!caller.allows(required)) {
            Counter.builder("permission.denials").tag("required_role", required.label()).register(registry)
                    .increment();
            record(now, caller.identity(), caller.role().label(), "permission_denied", what, Map.of(
                    "required_role", required.label(), "client", safe(client)), "denied");
            throw new ApiException(OpsException.Kind.FORBIDDEN, "This call needs the " + required.label()
                    + " role; key " + caller.keyPrefix() + " has the " + caller.role().label() + " role",
                    Map.of("required_role", required.label(), "role", caller.role().label()), Map.of());
        }
        return caller;
    }

    private ApiException refused(AuthResult result, String client, String what, Instant now) {
        if (result.failure() == AuthFailure.UNAVAILABLE) {
            return new ApiException(OpsException.Kind.UNAVAILABLE, result.message(), null, Map.of());
        }
        String reason = result.failure().name().toLowerCase(Locale.ROOT);
        counter("auth.failures", reason).increment();
        String actor = result.keyPrefix() == null ? "client:" + safe(client) : "key:" + result.keyPrefix();
        record(now, actor, null, "auth.failed", what, Map.of("reason", reason, "client", safe(client)), "denied");
        if (limiter.recordFailure(client, now)) {
            record(now, actor, null, "auth.rate_limited", what, Map.of("client", safe(client)), "blocked");
        }
        return new ApiException(OpsException.Kind.UNAUTHORIZED, UNAUTHORIZED,
                Map.of("reason", reason, "hint", result.message()), Map.of());
    }

    private void record(Instant now, String actor, String role, String action, String target,
            Map<String, Object> parameters, String outcome) {
        audit.accept(new Resources.AuditEntry(now, actor, role, action, target, parameters, outcome, null, 0));
    }

    private Counter counter(String name, String reason) {
        return Counter.builder(name).tag("reason", reason).register(registry);
    }

    private static String safe(String client) {
        return client == null ? "unknown" : ApiCall.clean(client);
    }
}
