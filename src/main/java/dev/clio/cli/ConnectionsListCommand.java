package dev.clio.cli;

import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.connections.SavedConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List saved connections: name, kind, environment, where, and whether a key is stored (never "
                + "the key).")
final class ConnectionsListCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OpsOptions.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConnectionStore store = SavedProfiles.store(ConnectionsCommand.context(spec));
        List<SavedConnection> saved = store.list();
        Output out = new Output(spec, format == OpsOptions.Format.json);
        if (out.json()) {
            out.printJson(Map.of("file", store.file().toString(), "connections", saved.stream()
                    .map(ConnectionsListCommand::json).toList()));
        } else if (saved.isEmpty()) {
            out.out().println("No saved connections in " + store.file() + ": add one with 'cli-orchestrator "
                    + "connections add NAME --url URL' or '--workspace DIR'.");
        } else {
            TextTable table = new TextTable("NAME", "KIND", "ENVIRONMENT", "WHERE", "API KEY", "LAST USED");
            for (SavedConnection s : saved) {
                ConnectionProfile p = s.profile();
                table.row(p.name(), p.remote() ? "remote" : "embedded", p.environment().label(), p.location(),
                        !p.remote() ? "-" : s.hasKey() ? "stored" : "none", s.lastUsed() ? "yes" : "");
            }
            table.print(out.out());
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(SavedConnection s) {
        Map<String, Object> m = new LinkedHashMap<>();
        ConnectionProfile p = s.profile();
        m.put("name", p.name());
        m.put("kind", p.remote() ? "remote" : "embedded");
        m.put("environment", p.environment().label());
        if (p.target() instanceof ConnectionProfile.Remote r) {
            m.put("url", r.apiUrl().toString());
            m.put("ca_certificate", r.caCertificateOrNull() == null ? null : r.caCertificateOrNull().toString());
            m.put("has_key", s.hasKey());
        } else {
            m.put("workspace", p.location());
        }
        m.put("prometheus_url", p.prometheusUrlOrNull() == null ? null : p.prometheusUrlOrNull().toString());
        m.put("last_used", s.lastUsed());
        if (p.monitoring().alertmanagerUrlOrNull() != null) {
            m.put("alertmanager_url", p.monitoring().alertmanagerUrlOrNull().toString());
        }
        if (s.pages()) {
            m.put("paging", Map.of("endpoint", p.monitoring().pagingEndpointOrNull() == null
                    ? dev.clio.integrations.paging.PagerDutyClient.DEFAULT_ENDPOINT.toString()
                    : p.monitoring().pagingEndpointOrNull().toString(), "has_routing_key", true));
        }
        return m;
    }
}
