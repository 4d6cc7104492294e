package dev.clio.server;

import dev.clio.ops.RequestStats;
import dev.clio.security.SecurityGate;
import dev.clio.workspace.Workspace;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;

/**
 * Where {@code cli-orchestrator serve} gets its Operations from. The engine installs a {@link Backend} provider at
 * start-up; the server package does not depend on the engine, so this hook is how the two meet.
 */
public final class ServerBootstrap {

    private static volatile Provider provider;

    private ServerBootstrap() {
    }

    /** Installs the provider {@code serve} uses; the last one installed wins. */
    public static void install(Provider value) {
        provider = value;
    }

    public static Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    /** Opens the Operations of one workspace for a server. */
    @FunctionalInterface
    public interface Provider {
        /**
         * @param registry where the engine registers its workflow metrics (the server's {@code /metrics})
         * @param stats the request window the server fills, for {@code metricsSummary}
         * @param gate the server's security gate, whose audit log the Operations may also append to
         */
        Backend open(Workspace workspace, PrometheusMeterRegistry registry, RequestStats stats, SecurityGate gate);
    }

    /** The opened Operations; closed when the server stops. */
    public interface Backend extends AutoCloseable {
        OperationsFactory factory();

        @Override
        void close();
    }
}
