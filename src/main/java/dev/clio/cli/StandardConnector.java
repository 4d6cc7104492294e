package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;

/** The production connector: the engine's embedded Operations, or the API client. */
final class StandardConnector implements OpsConnector {

    @Override
    public Operations embedded(Workspace workspace) {
        return EmbeddedOperations.open(workspace);
    }

    @Override
    public Operations remote(URI server, String apiKey, Path caCertOrNull) {
        return RemoteOperations.connect(server, apiKey, caCertOrNull);
    }
}
