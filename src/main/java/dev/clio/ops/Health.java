package dev.clio.ops;

import dev.clio.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records of the service-health calls (the runbook's "Service Down" procedure). */
public final class Health {

    private Health() {
    }

    /** @param status healthy | degraded | unhealthy: any unhealthy check makes it unhealthy, else any degraded */
    public record Report(String status, String message, List<Check> checks, Instant timestamp) {
        public Report {
            checks = List.copyOf(checks);
        }

        public boolean healthy() {
            return "healthy".equals(status);
        }
    }

    public record Check(String name, String status, String message) {
    }

    public record Readiness(boolean ready, String message) {
    }

    /**
     * Who this Operations instance calls as, and what it may do: the local user (admin) in-process, the API key's
     * identity and role in remote mode. Lets a client disable what the role does not allow before anyone clicks.
     *
     * @param identity  {@code local:<os user>} or {@code key:<prefix>}, as recorded in the audit log
     * @param keyPrefix the API key's public prefix; null for the local user
     */
    public record Identity(String identity, Role role, String keyPrefix) {

        /** Whether this caller may make calls that need {@code required}. */
        public boolean allows(Role required) {
            return role != null && role.allows(required);
        }
    }

    /** @param mode embedded | remote */
    public record Info(String name, String version, long uptimeSeconds, String environment, String mode,
            Map<String, Boolean> features, Instant startedAt) {
    }
}
