package dev.clio.connections;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.ops.paging.PagingOperations;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import dev.clio.workspace.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Opens the {@link Connection} of a profile: the embedded engine over its workspace, acting as the local user (as
 * {@code --workspace} does), or the server's API with the stored key and CA (as {@code --connection URL} does).
 */
public final class ConnectionFactory {

    private final ConnectionStore store;
    private final Duration probeTimeout;

    public ConnectionFactory(ConnectionStore store) {
        this(store, MonitorTimings.defaults().timeout());
    }

    /** @param probeTimeout the limit of one probe request (connect, read and whole call) against a server */
    public ConnectionFactory(ConnectionStore store, Duration probeTimeout) {
        this.store = store;
        this.probeTimeout = probeTimeout;
    }

    /**
     * Opens the saved connection of that name and remembers it as the last used. An embedded one opens its engine
     * (blocks on the workspace's store); a remote one contacts nothing until the first call.
     *
     * @throws ConnectionStoreException when no such connection is saved
     * @throws OpsException INVALID_REQUEST when the workspace, URL or CA certificate cannot be used
     */
    public Connection open(String name) {
        Connection connection = open(store.get(name).profile());
        store.markUsed(name);
        return connection;
    }

    /** Opens a profile, saved or not; a remote one uses the key stored under its name, if any. */
    public Connection open(ConnectionProfile profile) {
        return switch (profile.target()) {
            case ConnectionProfile.Embedded e -> embedded(profile, e.workspace());
            case ConnectionProfile.Remote r -> remote(profile, r);
        };
    }

    /**
     * Opens a remote profile with this key instead of a stored one (a URL given on the command line with its key in
     * an environment variable); an embedded profile opens as {@link #open(ConnectionProfile)} does.
     */
    public Connection open(ConnectionProfile profile, String apiKeyOrNull) {
        return profile.target() instanceof ConnectionProfile.Remote r ? remote(profile, r, apiKeyOrNull)
                : open(profile);
    }

    private Connection embedded(ConnectionProfile profile, Path dir) {
        Workspace workspace = workspace(dir);
        Operations ops = EmbeddedOperations.open(workspace);
        // in-process health cannot get lost on a network: the same Operations serve as probe
        return new Connection(profile, paging(profile, ops), ops, false);
    }

    /**
     * The connection's Operations, paging on incident changes when it has a routing key (docs/monitoring.md). Both
     * faces open connections here or through {@link #paging}, so the console and the CLI page alike.
     */
    public static Operations paging(ConnectionProfile profile, Operations ops, String routingKeyOrNull) {
        return PagingOperations.wrap(ops, profile.monitoring().pagingEndpointOrNull(), routingKeyOrNull,
                "cli-orchestrator " + profile.name() + " (" + profile.environment().label() + ")");
    }

    private Operations paging(ConnectionProfile profile, Operations ops) {
        try {
            return paging(profile, ops, store.routingKeyForPaging(profile.name()));
        } catch (RuntimeException e) {
            ops.close();
            throw e instanceof ConnectionStoreException ? OpsException.invalid(e.getMessage()) : e;
        }
    }

    private Connection remote(ConnectionProfile profile, ConnectionProfile.Remote target) {
        return remote(profile, target, store.keyForOpening(profile.name()));
    }

    private Connection remote(ConnectionProfile profile, ConnectionProfile.Remote target, String key) {
        Path ca = target.caCertificateOrNull();
        if (ca != null && !Files.isReadable(ca)) {
            throw OpsException.invalid("CA certificate " + ca + " is not a readable file");
        }
        Operations ops = paging(profile, RemoteOperations.connect(target.apiUrl(), key, ca));
        try {
            ApiClientConfig quick = ApiClientConfig.defaults(target.apiUrl(), key, ca)
                    .withTimeouts(probeTimeout, probeTimeout, probeTimeout).withRetry(RetryPolicy.none());
            return new Connection(profile, ops, RemoteOperations.connect(quick), key != null);
        } catch (RuntimeException e) {
            ops.close();
            throw e instanceof IllegalArgumentException ? OpsException.invalid(e.getMessage()) : e;
        }
    }

    /** The demo workspace is created on first use, as the console's first start promises; others must exist. */
    private static Workspace workspace(Path dir) {
        if (Workspaces.isWorkspace(dir)) {
            return new Workspace(dir);
        }
        Path demo = Workspaces.demoDirectory(Map.copyOf(System.getenv()), Path.of(System.getProperty("user.home")));
        if (dir.equals(demo)) {
            try {
                return WorkspaceInitializer.initialize(dir).workspace();
            } catch (IOException e) {
                throw OpsException.unavailable("cannot create the demo workspace in " + dir + ": " + e.getMessage());
            }
        }
        throw OpsException.invalid("workspace " + dir + " is not a workspace (it has no .ai/ directory); create it "
                + "with 'cli-orchestrator init " + dir + "'");
    }
}
