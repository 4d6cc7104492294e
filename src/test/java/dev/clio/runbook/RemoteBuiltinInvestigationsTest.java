package dev.clio.runbook;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.Operations;
import dev.clio.ops.RequestStats;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.remote.RemoteOperations;
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

/**
 * The built-ins' investigations through {@link RemoteOperations} with a viewer's API key, against a real
 * {@link ApiServer} on a loopback port over the engine, wired as {@code serve} wires it.
 */
class RemoteBuiltinInvestigationsTest extends BuiltinInvestigationsContract {

    private SecurityGate gate;
    private PrometheusMeterRegistry registry;
    private RequestStats stats;
    private ApiServer server;
    private RemoteOperations client;

    @Override
    protected EmbeddedEngine open(Workspace ws, EngineOptions options) {
        gate = ServerSecurity.open(ws.security());
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        stats = new RequestStats();
        return EmbeddedEngine.open(ws, options.sharedWithServer(registry, stats, gate));
    }

    @Override
    protected void started(EmbeddedEngine e) {
        server = ApiServer.start(e::operations, ServerOptions.builder(gate).port(0).registry(registry).stats(stats)
                .build());
        CreatedKey key = gate.keys().create(Role.VIEWER, Duration.ofHours(1), "runbook viewer", setup());
        client = RemoteOperations.connect(ApiClientConfig.defaults(URI.create("http://127.0.0.1:" + server.port()),
                key.secret(), null).withRetry(RetryPolicy.none()));
    }

    @Override
    protected void stopping() {
        client.close();
        server.stop();
        gate.close();
    }

    @Override
    protected Operations viewer(EmbeddedEngine e) {
        return client;
    }
}
