package dev.clio.console.capacity;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
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
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Duration;

/** A real API server on a random loopback port over an embedded engine, as {@code serve} wires it. */
final class ServedEngine implements AutoCloseable {

    private final SecurityGate gate;
    private final EmbeddedEngine engine;
    private final ApiServer server;
    private final CreatedKey key;

    ServedEngine(Workspace ws) {
        gate = ServerSecurity.open(ws.security());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        engine = EmbeddedEngine.open(ws, EngineOptions.defaults().sharedWithServer(registry, stats, gate));
        server = ApiServer.start(engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).build());
        key = gate.keys().create(Role.OPERATOR, Duration.ofHours(1), "capacity view test", Caller.local("test"));
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** A client as the console's remote session has one, without retries so a stopped server fails at once. */
    RemoteOperations client() {
        return RemoteOperations.connect(ApiClientConfig.defaults(url(), key.secret(), null)
                .withRetry(RetryPolicy.none()));
    }

    /** The server stops answering; the engine and its store stay. */
    void stopServer() {
        server.stop();
    }

    @Override
    public void close() {
        server.stop();
        engine.close();
        gate.close();
    }
}
