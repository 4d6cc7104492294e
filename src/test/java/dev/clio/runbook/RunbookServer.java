package dev.clio.runbook;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.Operations;
import dev.clio.ops.RequestStats;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.security.Caller;
import dev.clio.security.CreatedKey;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * A real engine for runbook tests, served by a real ApiServer on a loopback port, with one remote client per role.
 * The container engine is the test engine when CLIO_TEST_DOCKER_HOST is set, else a socket nobody listens on (the
 * container calls then fail as unavailable, which the runner must report as a sentence).
 */
final class RunbookServer implements AutoCloseable {

    final Workspace workspace;
    final EmbeddedEngine engine;
    final ApiServer server;
    final URI url;
    private final SecurityGate gate;
    private final Map<Role, RemoteOperations> clients = new EnumMap<>(Role.class);

    RunbookServer(Path dir) throws IOException {
        WorkspaceInitializer.initialize(dir);
        workspace = new Workspace(dir);
        gate = ServerSecurity.open(workspace.security());
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var stats = new RequestStats();
        String docker = System.getenv().getOrDefault("CLIO_TEST_DOCKER_HOST", "unix://" + dir.resolve("none.sock"));
        engine = EmbeddedEngine.open(workspace, EngineOptions.defaults()
                .withEnvironment(Map.of("CLI_ORCHESTRATOR_DOCKER_HOST", docker))
                .sharedWithServer(registry, stats, gate));
        server = ApiServer.start(engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).build());
        url = URI.create("http://127.0.0.1:" + server.port());
        for (Role role : Role.values()) {
            CreatedKey key = gate.keys().create(role, Duration.ofHours(1), "runbook " + role.label(),
                    Caller.local("runbook-test"));
            clients.put(role, RemoteOperations.connect(ApiClientConfig.defaults(url, key.secret(), null)
                    .withRetry(RetryPolicy.none())));
        }
    }

    Operations local() {
        return engine.operations(Caller.local("runbook-test"));
    }

    Operations remote(Role role) {
        return clients.get(role);
    }

    /** The same engine reached in-process (admin) or through the server with an admin key. */
    Operations ops(String mode) {
        return mode.equals("embedded") ? local() : remote(Role.ADMIN);
    }

    static boolean containerEngine() {
        return System.getenv("CLIO_TEST_DOCKER_HOST") != null;
    }

    @Override
    public void close() {
        clients.values().forEach(RemoteOperations::close);
        server.stop();
        engine.close();
        gate.close();
    }
}
