package dev.clio.cli;

import dev.clio.config.Environment;
import dev.clio.connections.ConnectionProfile;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.Workspaces;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of every command that talks to Operations: where (an embedded workspace or a server) and how to print.
 * The API key is never an option value: {@code --api-key-env} names the environment variable that holds it, so it does
 * not end up in shell history or the process list.
 */
final class OpsOptions {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace to operate in-process (default: the "
            + "current directory when it has .ai/, else the demo workspace).")
    Path workspace;

    @Option(names = "--connection", paramLabel = "URL|NAME",
            description = "Operate a server instead, e.g. http://127.0.0.1:8080, or a saved connection by name "
                    + "(see 'connections list').")
    String connection;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the server's API key (with --connection).")
    String apiKeyEnv;

    @Option(names = "--ca-cert", paramLabel = "FILE",
            description = "PEM file of the CA that signed the server's certificate (with an https --connection).")
    Path caCert;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private String target;
    private Workspace opened;

    /**
     * Opens the Operations these options name. Blocks while the workspace is opened or the server is reached.
     *
     * @throws ParameterException for contradictory or malformed options (a usage error)
     * @throws OpsException when the workspace or key cannot be used
     */
    Operations open() {
        return open(Map.of());
    }

    /**
     * Opens the Operations with settings of this run only (in-process; against a server they are refused).
     *
     * @param settingVariables {@code CLI_ORCHESTRATOR_*} variables by the option that set them, e.g.
     *     {@code --docker-host} to {@code CLI_ORCHESTRATOR_DOCKER_HOST=unix:///...}
     */
    Operations open(Map<String, Map.Entry<String, String>> settingVariables) {
        CliContext context = context();
        if (connection != null) {
            if (!settingVariables.isEmpty()) {
                throw usage(String.join(", ", settingVariables.keySet()) + " applies in-process only; with "
                        + "--connection the server's own settings are used");
            }
            return openRemote(context);
        }
        if (apiKeyEnv != null || caCert != null) {
            throw usage((apiKeyEnv != null ? "--api-key-env" : "--ca-cert") + " needs --connection URL");
        }
        Workspace ws = resolveWorkspace(context);
        target = "workspace " + ws.root();
        opened = ws;
        if (settingVariables.isEmpty()) {
            return context.connector().embedded(ws);
        }
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        settingVariables.values().forEach(e -> variables.put(e.getKey(), e.getValue()));
        return context.connector().embedded(ws, variables);
    }

    /** {@code --connection URL} as an unsaved profile and the key {@code --api-key-env} names. */
    record UrlConnection(ConnectionProfile profile, String keyOrNull) {
    }

    /**
     * For the console, which opens a URL like a saved connection (with a short-timeout probe client for its monitor):
     * {@code --connection URL} as a profile named after its host; null when no URL was given.
     *
     * @throws ParameterException for contradictory or malformed options
     * @throws OpsException when the key's variable is not set
     */
    UrlConnection urlConnectionOrNull(Environment environment) {
        if (connection == null || !connection.contains("://") && SavedProfiles.looksLikeName(connection)) {
            return null;
        }
        if (workspace != null) {
            throw usage("use either --workspace or --connection, not both");
        }
        URI uri = serverUri(connection);
        String key = apiKey(context());
        String host = uri.getHost();
        String name = host != null && SavedProfiles.looksLikeName(host) ? host : "server";
        Path ca = caCert == null ? null : caCert.toAbsolutePath();
        return new UrlConnection(ConnectionProfile.remote(name, uri, ca, environment), key);
    }

    /** Where the calls go, for confirmations: {@code workspace /path} or {@code server URL}; valid after open. */
    String target() {
        return target;
    }

    /** The workspace operated in-process, or null against a server; valid after open. */
    Workspace workspaceOrNull() {
        return opened;
    }

    boolean json() {
        return format == Format.json;
    }

    CliContext context() {
        return ((RootCommand) mixee.root().userObject()).context();
    }

    private Operations openRemote(CliContext context) {
        if (workspace != null) {
            throw usage("use either --workspace or --connection, not both");
        }
        if (!connection.contains("://") && SavedProfiles.looksLikeName(connection)) {
            return openSaved(context);
        }
        URI uri = serverUri(connection);
        String key = apiKey(context);
        if (caCert != null && !Files.isReadable(caCert)) {
            throw OpsException.invalid("--ca-cert " + caCert + " is not a readable file");
        }
        target = "server " + uri;
        return context.connector().remote(uri, key, caCert);
    }

    /** A saved connection: its workspace, or its server with its stored key (--api-key-env and --ca-cert override). */
    private Operations openSaved(CliContext context) {
        ConnectionProfile profile = SavedProfiles.find(context, connection);
        if (profile.target() instanceof ConnectionProfile.Remote remote) {
            String key = apiKeyEnv != null ? apiKey(context) : SavedProfiles.key(context, profile.name());
            Path ca = caCert != null ? caCert : remote.caCertificateOrNull();
            if (ca != null && !Files.isReadable(ca)) {
                throw OpsException.invalid("CA certificate " + ca + " of connection '" + profile.name()
                        + "' is not a readable file");
            }
            target = "server " + remote.apiUrl() + " (connection " + profile.name() + ", "
                    + profile.environment().label() + ")";
            return SavedProfiles.paging(context, profile, context.connector().remote(remote.apiUrl(), key, ca));
        }
        if (apiKeyEnv != null || caCert != null) {
            throw usage("connection '" + profile.name() + "' is embedded: --api-key-env and --ca-cert do not apply");
        }
        Path dir = ((ConnectionProfile.Embedded) profile.target()).workspace();
        if (!Workspaces.isWorkspace(dir)) {
            throw OpsException.invalid("workspace " + dir + " of connection '" + profile.name() + "' is not a "
                    + "workspace; create it with 'cli-orchestrator init " + dir + "'");
        }
        Workspace ws = new Workspace(dir);
        target = "workspace " + ws.root() + " (connection " + profile.name() + ")";
        opened = ws;
        return SavedProfiles.paging(context, profile, context.connector().embedded(ws));
    }

    private String apiKey(CliContext context) {
        if (apiKeyEnv == null) {
            return null;
        }
        if (!apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw usage("--api-key-env takes the NAME of an environment variable (e.g. CLIO_API_KEY), "
                    + "not the key itself");
        }
        String key = context.environment().apply(apiKeyEnv);
        if (key == null || key.isBlank()) {
            throw OpsException.invalid("environment variable " + apiKeyEnv + " is not set; export it with the "
                    + "API key (create one with 'cli-orchestrator keys create --role viewer')");
        }
        return key.strip();
    }

    private URI serverUri(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with the expected form
        }
        throw usage("--connection '" + text + "' is not an http(s) URL, e.g. http://127.0.0.1:8080");
    }

    private Workspace resolveWorkspace(CliContext context) {
        if (workspace != null) {
            Path dir = context.cwd().resolve(workspace);
            if (!Files.isDirectory(dir)) {
                throw OpsException.invalid("workspace " + dir + " is not a directory; create it with "
                        + "'cli-orchestrator init " + workspace + "'");
            }
            return new Workspace(dir);
        }
        try {
            return Workspaces.resolve(context.cwd(), null);
        } catch (IOException e) {
            throw OpsException.unavailable("cannot create the demo workspace: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }
}
