package dev.clio.ops.embedded;

import dev.clio.config.Settings;
import dev.clio.integrations.docker.ContainerGateway;
import dev.clio.integrations.docker.EngineEndpoint;
import dev.clio.integrations.docker.EngineSettings;
import dev.clio.ops.OpsException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The engine's container gateway for the endpoint the settings name now ({@code docker_host}, else
 * {@code DOCKER_HOST} of the engine's environment, else the default socket). Opened on first use; a changed setting
 * opens a gateway to the new endpoint and closes the old one.
 */
final class ContainerEngines implements AutoCloseable {

    private final Supplier<Settings> settings;
    private final Map<String, String> environment;
    private ContainerGateway gateway;
    private boolean closed;

    ContainerEngines(Supplier<Settings> settings, Map<String, String> environment) {
        this.settings = settings;
        this.environment = environment;
    }

    /** @throws OpsException INVALID_REQUEST when DOCKER_HOST is not an endpoint, UNAVAILABLE after close */
    synchronized ContainerGateway gateway() {
        if (closed) {
            throw OpsException.unavailable("the engine is shutting down");
        }
        EngineEndpoint endpoint = endpoint();
        if (gateway == null || !gateway.endpoint().equals(endpoint)) {
            if (gateway != null) {
                gateway.close();
            }
            gateway = ContainerGateway.open(endpoint, EngineSettings.defaults());
        }
        return gateway;
    }

    /** Where the container calls go; for confirmations and audit records. */
    EngineEndpoint endpoint() {
        try {
            return EngineEndpoint.resolve(settings.get().dockerHost(), environment);
        } catch (IllegalArgumentException e) {
            throw OpsException.invalid("DOCKER_HOST: " + e.getMessage() + "; or set docker_host");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }
}
