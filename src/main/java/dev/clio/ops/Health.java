package dev.clio.ops;

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

    /** @param mode embedded | remote */
    public record Info(String name, String version, long uptimeSeconds, String environment, String mode,
            Map<String, Boolean> features, Instant startedAt) {
    }
}
