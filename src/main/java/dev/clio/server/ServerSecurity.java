package dev.clio.server;

import dev.clio.security.AccessPolicy;
import dev.clio.security.ApiKeyService;
import dev.clio.security.AuditLog;
import dev.clio.security.FailedAuthLimiter;
import dev.clio.security.LimiterSettings;
import dev.clio.security.MonitorSettings;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.security.SecurityMonitor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The security gate the server needs: the one from {@code dev.clio.security}, with an access policy derived from
 * {@link dev.clio.ops.Operation#access()} through the route table, so that the role a route needs is decided in one
 * place.
 */
public final class ServerSecurity {

    static final String METRICS = "metrics.prometheus";
    static final String OPENAPI = "api.openapi";

    private ServerSecurity() {
    }

    /** A gate over a workspace's {@code security/} directory (keys, audit log) with the server's policy. */
    public static SecurityGate open(Path securityDirectory) {
        return new SecurityGate(ApiKeyService.open(securityDirectory),
                new FailedAuthLimiter(LimiterSettings.defaults()), new SecurityMonitor(MonitorSettings.defaults()),
                AuditLog.open(securityDirectory), policy(), Clock.systemUTC());
    }

    /** Every keyed route's operation id with its least role, plus the two service documents. */
    public static AccessPolicy policy() {
        AccessPolicy policy = AccessPolicy.denyAll().with(METRICS, Role.VIEWER).with(OPENAPI, Role.VIEWER);
        for (Route route : Routes.all()) {
            if (route.role() != null) {
                policy = policy.with(route.operation().id(), route.role());
            }
        }
        return policy;
    }

    /** The routes whose role under {@code policy} differs from what their Operation says; empty when consistent. */
    static List<String> mismatches(AccessPolicy policy) {
        List<String> problems = new ArrayList<>();
        for (Route route : Routes.all()) {
            Role wanted = route.role();
            Role actual = policy.required(route.operation().id());
            if (wanted != null && wanted != actual) {
                problems.add(route.operation().id() + " needs " + wanted.label() + " but the access policy says "
                        + (actual == null ? "nobody" : actual.label()));
            }
        }
        return problems;
    }
}
