package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The production connector: the engine's embedded Operations, or the API client. */
final class StandardConnector implements OpsConnector {

    @Override
    public Operations embedded(Workspace workspace) {
        return EmbeddedOperations.open(workspace);
    }

    @Override
    public Operations embedded(Workspace workspace, Map<String, String> settingVariables) {
        if (settingVariables.isEmpty()) {
            return embedded(workspace);
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(settingVariables);
        return EmbeddedOperations.open(workspace, EngineOptions.defaults().withEnvironment(environment));
    }

    @Override
    public Operations remote(URI server, String apiKey, Path caCertOrNull) {
        return RemoteOperations.connect(server, apiKey, caCertOrNull);
    }
}
