package dev.clio.cli;

import dev.clio.ops.RequestStats;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.SecurityGate;
import dev.clio.server.OperationsFactory;
import dev.clio.server.ServerBootstrap;
import dev.clio.workspace.Workspace;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What {@code serve} serves: the workspace's {@link EmbeddedEngine}, sharing the server's metrics registry, request
 * window and security gate. The server audits every remediation with the caller's identity, so the engine does not
 * audit them a second time.
 */
final class EmbeddedBackend implements ServerBootstrap.Provider {

    /** Installs this provider; the entry point calls it before running a command. */
    static void install() {
        ServerBootstrap.install(new EmbeddedBackend());
    }

    @Override
    public ServerBootstrap.Backend open(Workspace workspace, PrometheusMeterRegistry registry, RequestStats stats,
            SecurityGate gate) {
        EmbeddedEngine engine = EmbeddedEngine.open(workspace, EngineOptions.defaults().sharedWithServer(registry,
                stats, gate));
        return new ServerBootstrap.Backend() {
            @Override
            public OperationsFactory factory() {
                return engine::operations;
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }
}
