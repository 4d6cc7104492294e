package dev.clio.connections;

import dev.clio.config.Environment;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The text of {@code connections.yaml}: read through SnakeYAML's node tree so that every problem names its line, and
 * written by hand with every value double-quoted, so that a name like {@code yes} or {@code 0123} stays a string.
 */
final class ConnectionsFile {

    static final int VERSION = 1;
    private static final int MAX_CHARS = 1 << 20;
    private static final Set<String> ENTRY_KEYS = Set.of("name", "kind", "workspace", "url", "ca_certificate",
            "environment", "prometheus_url", "alertmanager_url", "paging_endpoint");

    /** What the file holds. */
    record Contents(List<ConnectionProfile> profiles, String lastUsedOrNull) {
        Contents {
            profiles = List.copyOf(profiles);
        }

        static Contents empty() {
            return new Contents(List.of(), null);
        }
    }

    private ConnectionsFile() {
    }

    /** @throws ConnectionStoreException naming {@code file} and the line of the first problem */
    static Contents parse(Path file, String text) {
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw problem(file, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw problem(file, 1, "cannot be read as YAML: " + e.getMessage());
        }
        if (root == null) {
            return Contents.empty();
        }
        Map<String, Node> top = mapping(file, root, Set.of("version", "last_used", "connections"));
        Node version = top.get("version");
        if (version != null && !String.valueOf(VERSION).equals(scalar(file, version))) {
            throw problem(file, line(version), "version " + scalar(file, version) + " is not supported (this "
                    + "release reads version " + VERSION + "); it was written by another release of cli-orchestrator");
        }
        List<ConnectionProfile> profiles = new ArrayList<>();
        Node list = top.get("connections");
        if (list != null) {
            if (!(list instanceof SequenceNode seq)) {
                throw problem(file, line(list), "'connections' must be a list of entries starting with '- name:'");
            }
            Set<String> names = new HashSet<>();
            for (Node entry : seq.getValue()) {
                ConnectionProfile profile = profile(file, entry);
                if (!names.add(profile.name())) {
                    throw problem(file, line(entry), "connection '" + profile.name() + "' is defined twice");
                }
                profiles.add(profile);
            }
        }
        Node last = top.get("last_used");
        return new Contents(profiles, last == null ? null : scalar(file, last));
    }

    static String render(Contents contents) {
        StringBuilder b = new StringBuilder();
        b.append("# Saved connections of cli-orchestrator (docs/connections.md). API keys are not kept here but in\n")
                .append("# keys/NAME.key, readable only by you.\n")
                .append("version: ").append(VERSION).append('\n');
        if (contents.lastUsedOrNull() != null) {
            b.append("last_used: ").append(quote(contents.lastUsedOrNull())).append('\n');
        }
        b.append("connections:").append(contents.profiles().isEmpty() ? " []\n" : "\n");
        for (ConnectionProfile p : contents.profiles()) {
            b.append("  - name: ").append(quote(p.name())).append('\n');
            switch (p.target()) {
                case ConnectionProfile.Embedded e -> b.append("    kind: embedded\n    workspace: ")
                        .append(quote(e.workspace().toString())).append('\n');
                case ConnectionProfile.Remote r -> {
                    b.append("    kind: remote\n    url: ").append(quote(r.apiUrl().toString())).append('\n');
                    if (r.caCertificate() != null) {
                        b.append("    ca_certificate: ").append(quote(r.caCertificate().toString())).append('\n');
                    }
                }
            }
            b.append("    environment: ").append(p.environment().label()).append('\n');
            if (p.prometheusUrlOrNull() != null) {
                b.append("    prometheus_url: ").append(quote(p.prometheusUrlOrNull().toString())).append('\n');
            }
            Monitoring m = p.monitoring();
            if (m.alertmanagerUrlOrNull() != null) {
                b.append("    alertmanager_url: ").append(quote(m.alertmanagerUrlOrNull().toString())).append('\n');
            }
            if (m.pagingEndpointOrNull() != null) {
                b.append("    paging_endpoint: ").append(quote(m.pagingEndpointOrNull().toString())).append('\n');
            }
        }
        return b.toString();
    }

    private static ConnectionProfile profile(Path file, Node entry) {
        Map<String, Node> fields = mapping(file, entry, ENTRY_KEYS);
        String name = required(file, entry, fields, "name");
        String kind = required(file, entry, fields, "kind");
        Environment environment = environment(file, entry, fields);
        Monitoring monitoring = monitoring(file, fields);
        try {
            URI prometheus = fields.containsKey("prometheus_url")
                    ? prometheus(uri(scalar(file, fields.get("prometheus_url")))) : null;
            ConnectionProfile profile = switch (kind) {
                case "embedded" -> ConnectionProfile.embedded(name, path(required(file, entry, fields, "workspace")),
                        environment);
                case "remote" -> ConnectionProfile.remote(name, uri(required(file, entry, fields, "url")),
                        fields.containsKey("ca_certificate") ? path(scalar(file, fields.get("ca_certificate"))) : null,
                        environment);
                default -> throw problem(file, line(fields.get("kind")), "kind '" + kind
                        + "' is not known: use embedded or remote");
            };
            return profile.withPrometheus(prometheus).withMonitoring(monitoring);
        } catch (IllegalArgumentException e) {
            throw problem(file, line(entry), e.getMessage());
        }
    }

    private static Monitoring monitoring(Path file, Map<String, Node> fields) {
        Monitoring monitoring = Monitoring.NONE;
        for (String key : List.of("alertmanager_url", "paging_endpoint")) {
            Node node = fields.get(key);
            if (node != null) {
                try {
                    URI url = uri(scalar(file, node));
                    monitoring = key.equals("alertmanager_url") ? monitoring.withAlertmanager(url)
                            : monitoring.withPagingEndpoint(url);
                } catch (IllegalArgumentException e) {
                    throw problem(file, line(node), e.getMessage());
                }
            }
        }
        return monitoring;
    }

    private static Environment environment(Path file, Node entry, Map<String, Node> fields) {
        Node node = fields.get("environment");
        if (node == null) {
            return Environment.DEVELOPMENT;
        }
        String value = scalar(file, node);
        try {
            return Environment.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(file, line(node), "environment '" + value + "' is not known: use development, staging "
                    + "or production");
        }
    }

    private static Map<String, Node> mapping(Path file, Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            throw problem(file, line(node), "expected 'key: value' lines here");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(file, t.getKeyNode());
            if (!allowed.contains(key)) {
                throw problem(file, line(t.getKeyNode()), "unknown key '" + key + "'; expected one of "
                        + allowed.stream().sorted().toList());
            }
            if (fields.put(key, t.getValueNode()) != null) {
                throw problem(file, line(t.getKeyNode()), "'" + key + "' is given twice");
            }
        }
        return fields;
    }

    private static String required(Path file, Node entry, Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        if (node == null) {
            throw problem(file, line(entry), "this connection has no '" + key + "'");
        }
        return scalar(file, node);
    }

    private static String scalar(Path file, Node node) {
        if (!(node instanceof ScalarNode s)) {
            throw problem(file, line(node), "expected a single value here");
        }
        return s.getValue().strip();
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid path");
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL, e.g. https://ops.example.com:8080");
        }
    }

    private static URI prometheus(URI url) {
        return ConnectionProfile.checkPrometheus(url);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static ConnectionStoreException problem(Path file, int line, String message) {
        return new ConnectionStoreException(file + " line " + line + ": " + message);
    }

    /** A YAML double-quoted scalar: JSON string escaping is a subset of it. */
    private static String quote(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setAllowRecursiveKeys(false);
        o.setMaxAliasesForCollections(10);
        o.setNestingDepthLimit(10);
        o.setCodePointLimit(MAX_CHARS);
        o.setProcessComments(false);
        return o;
    }
}
