package dev.clio.server;

import dev.clio.ops.OpsException;
import dev.clio.security.Admission;
import dev.clio.security.Caller;
import dev.clio.security.Decision;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import java.util.Map;

/**
 * The server's side of {@link SecurityGate}: {@code X-API-Key} header only, the gate's limiter (429 with
 * {@code Retry-After}), authentication, then the role the action needs (deny by default). The gate audits failures
 * and denials and feeds the security monitor, whose counters {@link ApiServer} publishes on {@code /metrics}
 * ({@code auth_failures_total}, {@code permission_denials_total}, …); this class turns its answers into API errors.
 */
final class Gatekeeper {

    static final String HEADER = "X-API-Key";
    static final String UNAUTHORIZED = "Valid API key required";
    static final String RATE_LIMITED = "API rate limit exceeded. Try again later.";

    private final SecurityGate gate;

    Gatekeeper(SecurityGate gate) {
        this.gate = gate;
    }

    /** The caller of a route that needs no key; never used for anything but public reads. */
    static Caller anonymous(String client) {
        return new Caller("anonymous", Role.VIEWER, null, client);
    }

    /**
     * Authenticates the request and checks that its caller may perform {@code action}. Blocks briefly on the key file
     * and audit log when a request is refused.
     *
     * @throws ApiException 401, 403, 429 or 503 with a plain message
     */
    Caller admit(String keyHeader, String client, String action, String target) {
        Admission admission = gate.admit(keyHeader, client);
        switch (admission.outcome()) {
            case RATE_LIMITED -> {
                String retry = String.valueOf(admission.retryAfterSeconds());
                throw new ApiException(OpsException.Kind.RATE_LIMITED, RATE_LIMITED, Map.of("retry_after_seconds",
                        admission.retryAfterSeconds(), "hint", admission.message()), Map.of("Retry-After", retry));
            }
            case UNAUTHORIZED -> throw new ApiException(OpsException.Kind.UNAUTHORIZED, UNAUTHORIZED,
                    Map.of("hint", admission.message()), Map.of());
            case UNAVAILABLE -> throw new ApiException(OpsException.Kind.UNAVAILABLE, admission.message(), null,
                    Map.of());
            default -> {
                // admitted: go on to the permission check
            }
        }
        Caller caller = admission.caller();
        Decision decision = gate.authorize(caller, action, target);
        if (!decision.allowed()) {
            throw new ApiException(OpsException.Kind.FORBIDDEN, decision.message(), decision.required() == null
                    ? Map.of("role", caller.role().label())
                    : Map.of("required_role", decision.required().label(), "role", caller.role().label()), Map.of());
        }
        return caller;
    }
}
