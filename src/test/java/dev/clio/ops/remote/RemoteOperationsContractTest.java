package dev.clio.ops.remote;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.Operations;
import dev.clio.ops.OperationsContract;
import dev.clio.ops.RequestStats;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.Caller;
import dev.clio.security.CreatedKey;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import dev.clio.workspace.Workspace;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Operations contract through {@link RemoteOperations}: a real {@link ApiServer} on a random loopback port over
 * an embedded engine, wired as {@code serve} wires it, and one client per role with a real API key of that role.
 */
class RemoteOperationsContractTest extends OperationsContract {

    /** The base's UNKNOWN_VARIABLE (package-private there): validate must warn about it. */
    private static final String UNKNOWN = "CLI_ORCHESTRATOR_NOT_A_SETTING";

    private final Map<Role, CreatedKey> keys = new EnumMap<>(Role.class);
    private final Map<Role, RemoteOperations> clients = new EnumMap<>(Role.class);
    private SecurityGate gate;
    private PrometheusMeterRegistry registry;
    private RequestStats stats;
    private ApiServer server;

    @Override
    protected EmbeddedEngine openEngine(Workspace ws) {
        gate = ServerSecurity.open(ws.security());
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        stats = new RequestStats();
        return EmbeddedEngine.open(ws, EngineOptions.defaults().withEnvironment(Map.of(UNKNOWN, "1"))
                .sharedWithServer(registry, stats, gate));
    }

    @Override
    protected void engineStarted() {
        server = ApiServer.start(engine()::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).heartbeat(Duration.ofMillis(200)).build());
        URI url = URI.create("http://127.0.0.1:" + server.port());
        for (Role role : Role.values()) {
            CreatedKey key = gate.keys().create(role, Duration.ofHours(1), "contract " + role.label(),
                    Caller.local("contract"));
            keys.put(role, key);
            clients.put(role, RemoteOperations.connect(ApiClientConfig.defaults(url, key.secret(), null)
                    .withRetry(RetryPolicy.none())));
        }
    }

    @Override
    protected void engineStopping() {
        clients.values().forEach(RemoteOperations::close);
        server.stop();
        gate.close();
    }

    @Override
    protected Operations operations(Caller caller) {
        return clients.get(caller.role());
    }

    /** The caller the server makes of this role's key, so audit actors can be compared. */
    @Override
    protected Caller caller(Role role) {
        return keys.isEmpty() ? super.caller(role) : Caller.key(keys.get(role).info().prefix(), role, "127.0.0.1");
    }
}
