package dev.clio.ops.embedded;

import dev.clio.ops.RequestStats;
import dev.clio.security.SecurityGate;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;

/**
 * How an {@link EmbeddedEngine} is opened. Parts left null are created (and closed) by the engine; parts given are
 * shared with their owner (a server passes its registry, request window and security gate) and never closed here.
 *
 * @param environment the process environment the settings are read from ({@code CLI_ORCHESTRATOR_*} variables)
 * @param auditRemediations false when the layer above already audits every remediation with the caller's identity
 *     (the HTTP server does), so that each call is recorded once
 */
public record EngineOptions(Map<String, String> environment, PrometheusMeterRegistry registry, RequestStats stats,
        SecurityGate gate, boolean auditRemediations) {

    public EngineOptions {
        environment = environment == null ? System.getenv() : Map.copyOf(environment);
    }

    /** The process environment, engine-owned parts, remediations audited here. */
    public static EngineOptions defaults() {
        return new EngineOptions(System.getenv(), null, null, null, true);
    }

    public EngineOptions withEnvironment(Map<String, String> value) {
        return new EngineOptions(value, registry, stats, gate, auditRemediations);
    }

    /** Shares a server's parts; the server audits remediations itself. */
    public EngineOptions sharedWithServer(PrometheusMeterRegistry serverRegistry, RequestStats serverStats,
            SecurityGate serverGate) {
        return new EngineOptions(environment, serverRegistry, serverStats, serverGate, false);
    }

    public EngineOptions withGate(SecurityGate value) {
        return new EngineOptions(environment, registry, stats, value, auditRemediations);
    }

    public EngineOptions withAuditRemediations(boolean value) {
        return new EngineOptions(environment, registry, stats, gate, value);
    }
}
