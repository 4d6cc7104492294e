package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** How the command line obtains an {@link Operations}: in-process over a workspace, or over a server's API. */
interface OpsConnector {

    /** Opens the embedded Operations of a workspace, acting as the local user. May block on IO. */
    Operations embedded(Workspace workspace);

    /**
     * Opens the embedded Operations with these {@code CLI_ORCHESTRATOR_*} variables over the process environment
     * (a command option such as {@code --docker-host} that overrides a setting for one run).
     */
    Operations embedded(Workspace workspace, Map<String, String> settingVariables);

    /**
     * Connects to a server's {@code /api/v1}. May block on IO.
     *
     * @param apiKey the key sent as {@code X-API-Key}, or null for the public calls only
     * @param caCertOrNull a PEM file of the CA that signed the server's certificate, or null for the system's
     */
    Operations remote(URI server, String apiKey, Path caCertOrNull);
}
