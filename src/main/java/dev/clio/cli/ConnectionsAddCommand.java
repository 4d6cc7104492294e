package dev.clio.cli;

import dev.clio.config.Environment;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.connections.Monitoring;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Save a connection: an embedded workspace (--workspace) or a server (--url). A server's API key "
                + "comes from --api-key-env VAR or a hidden prompt and is stored readable only by you.")
final class ConnectionsAddCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "Name to use after --connection, e.g. prod-eu.")
    String name;

    @ArgGroup(multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--workspace", paramLabel = "DIR", required = true, description = "A workspace directory.")
        Path workspace;

        @Option(names = "--url", paramLabel = "URL", required = true,
                description = "The server's address, e.g. https://ops.example.com:8080.")
        String url;
    }

    @Option(names = "--environment", paramLabel = "ENV", defaultValue = "development",
            description = "development, staging or production (default: ${DEFAULT-VALUE}).")
    Environment environment;

    @Option(names = "--ca-cert", paramLabel = "FILE",
            description = "PEM file of the CA that signed the server's certificate (with --url).")
    Path caCert;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the server's API key (with --url).")
    String apiKeyEnv;

    @Option(names = "--prometheus-url", paramLabel = "URL",
            description = "Prometheus that scrapes this connection's servers: the console's KPI tiles then show "
                    + "fleet-wide values from it (docs/monitoring.md).")
    String prometheusUrl;

    @Option(names = "--no-key", description = "Save a server without an API key (public calls only).")
    boolean noKey;

    @Option(names = "--alertmanager-url", paramLabel = "URL",
            description = "Alertmanager whose alerts and silences the console's Alerts view shows, e.g. "
                    + "http://alertmanager.example.com:9093.")
    String alertmanagerUrl;

    @Option(names = "--paging-key-env", paramLabel = "VAR",
            description = "Name of the environment variable holding a PagerDuty Events API v2 routing key: "
                    + "declaring, acknowledging and resolving incidents over this connection then pages.")
    String pagingKeyEnv;

    @Option(names = "--paging-endpoint", paramLabel = "URL",
            description = "Where paging events go (default: https://events.pagerduty.com/v2/enqueue).")
    String pagingEndpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext context = ConnectionsCommand.context(spec);
        ConnectionStore store = SavedProfiles.store(context);
        ConnectionProfile profile = profile(context).withMonitoring(monitoring());
        String routingKey = routingKey(context);
        String key = profile.remote() && !noKey ? key(context) : null;
        store.add(profile);
        if (key != null) {
            store.storeKey(profile.name(), key);
        }
        if (routingKey != null) {
            store.storeRoutingKey(profile.name(), routingKey);
        }
        spec.commandLine().getOut().printf("Saved connection '%s' (%s, %s)%s%s in %s.%n", profile.name(),
                profile.location(), profile.environment().label(), key == null ? "" : " with its API key",
                routingKey == null ? "" : ", paging through " + (pagingEndpoint == null
                        ? "PagerDuty" : pagingEndpoint.strip()), store.file());
        return ExitCodes.OK;
    }

    private ConnectionProfile profile(CliContext context) {
        ConnectionProfile profile = target(context);
        if (prometheusUrl == null) {
            return profile;
        }
        try {
            return profile.withPrometheus(new URI(prometheusUrl.strip()));
        } catch (IllegalArgumentException | URISyntaxException e) {
            throw KeysCommand.usage(spec, e instanceof URISyntaxException ? "--prometheus-url '" + prometheusUrl
                    + "' is not a URL, e.g. http://prometheus.example.com:9090" : e.getMessage());
        }
    }

    private ConnectionProfile target(CliContext context) {
        try {
            ConnectionProfile.checkName(name);
            if (where.workspace != null) {
                if (caCert != null || apiKeyEnv != null || noKey) {
                    throw KeysCommand.usage(spec, "--ca-cert, --api-key-env and --no-key go with --url, not "
                            + "--workspace");
                }
                return ConnectionProfile.embedded(name, context.cwd().resolve(where.workspace).toAbsolutePath(),
                        environment);
            }
            Path ca = caCert == null ? null : context.cwd().resolve(caCert).toAbsolutePath();
            if (ca != null && !Files.isReadable(ca)) {
                throw KeysCommand.usage(spec, "--ca-cert " + caCert + " is not a readable file");
            }
            return ConnectionProfile.remote(name, new URI(where.url.strip()), ca, environment);
        } catch (IllegalArgumentException | URISyntaxException e) {
            throw KeysCommand.usage(spec, e instanceof URISyntaxException ? "--url '" + where.url
                    + "' is not a URL, e.g. https://ops.example.com:8080" : e.getMessage());
        }
    }

    private Monitoring monitoring() {
        if (pagingEndpoint != null && pagingKeyEnv == null) {
            throw KeysCommand.usage(spec, "--paging-endpoint needs --paging-key-env VAR (the routing key)");
        }
        try {
            return new Monitoring(alertmanagerUrl == null ? null : new URI(alertmanagerUrl.strip()),
                    pagingEndpoint == null ? null : new URI(pagingEndpoint.strip()));
        } catch (URISyntaxException e) {
            throw KeysCommand.usage(spec, "'" + e.getInput() + "' is not a URL, e.g. http://127.0.0.1:9093");
        } catch (IllegalArgumentException e) {
            throw KeysCommand.usage(spec, e.getMessage());
        }
    }

    private String routingKey(CliContext context) {
        if (pagingKeyEnv == null) {
            return null;
        }
        String key = context.environment().apply(pagingKeyEnv);
        if (key == null || key.isBlank()) {
            throw KeysCommand.usage(spec, "environment variable " + pagingKeyEnv + " is not set; export it with the "
                    + "routing key of your PagerDuty service's Events API v2 integration");
        }
        return key.strip();
    }

    private String key(CliContext context) {
        if (apiKeyEnv != null) {
            String key = context.environment().apply(apiKeyEnv);
            if (key == null || key.isBlank()) {
                throw KeysCommand.usage(spec, "environment variable " + apiKeyEnv + " is not set; export it with "
                        + "the API key, or use --no-key");
            }
            return key;
        }
        String typed = context.confirmer().askSecret("API key for '" + name + "' (input hidden): ");
        if (typed == null || typed.isBlank()) {
            throw KeysCommand.usage(spec, "no API key given: pass --api-key-env VAR, type it at the prompt, or use "
                    + "--no-key for public calls only");
        }
        return typed;
    }
}
