package dev.clio.console;

import dev.clio.console.common.Session;
import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.RequestStats;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Duration;

/**
 * A test console's workspace served by a real server on a loopback port (wired as {@code serve} wires it), and
 * remote sessions to it with real API keys of a chosen role.
 */
public final class ServedWorkspace implements AutoCloseable {

    private final SecurityGate gate;
    private final EmbeddedEngine engine;
    private final ApiServer server;

    public ServedWorkspace(TestConsole console) {
        gate = ServerSecurity.open(console.workspace().security());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        engine = EmbeddedEngine.open(console.workspace(), EngineOptions.defaults()
                .sharedWithServer(registry, stats, gate));
        server = ApiServer.start(engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).heartbeat(Duration.ofMillis(200)).build());
    }

    /** A session over a new key of {@code role}, labelled like a staging connection, without retries. */
    public Session remote(Role role, String keyPurpose) {
        String secret = gate.keys().create(role, Duration.ofHours(1), keyPurpose + " " + role.label(),
                Caller.local("test")).secret();
        URI url = URI.create("http://127.0.0.1:" + server.port());
        RemoteOperations ops = RemoteOperations.connect(ApiClientConfig.defaults(url, secret, null)
                .withRetry(RetryPolicy.none()));
        return new Session(role.label(), "staging", "server " + url, ops, null);
    }


    @Override
    public void close() {
        server.stop();
        engine.close();
        gate.close();
    }
}
