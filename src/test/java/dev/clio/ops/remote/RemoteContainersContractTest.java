package dev.clio.ops.remote;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.ContainersContract;
import dev.clio.ops.Operations;
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
 * The container calls of the contract through {@link RemoteOperations} and a real {@link ApiServer} on loopback
 * (wired as {@code serve} wires it), with a real key per role: the containers are the server host's engine's.
 */
class RemoteContainersContractTest extends ContainersContract {

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
        return withEngineSetting(EmbeddedEngine.open(ws, EngineOptions.defaults()
                .withEnvironment(Map.of(UNKNOWN_VARIABLE, "1")).sharedWithServer(registry, stats, gate)));
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

    @Override
    protected Caller caller(Role role) {
        return keys.isEmpty() ? super.caller(role) : Caller.key(keys.get(role).info().prefix(), role, "127.0.0.1");
    }
}
