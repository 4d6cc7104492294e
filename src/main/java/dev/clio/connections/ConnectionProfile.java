package dev.clio.connections;

import dev.clio.config.Environment;
import dev.clio.workspace.Workspaces;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A saved connection: where the console or CLI operates (an embedded workspace or a remote server) and which
 * environment that is, so production can be made unmistakable. The API key of a remote profile is not part of it: the
 * {@link ConnectionStore} keeps it in a file of its own and never hands it out for display.
 *
 * @param name unique, 1 to 64 letters, digits, dots, dashes or underscores (it names a key file and is typed after
 *     {@code --connection})
 * @param prometheusUrlOrNull the Prometheus that scrapes this connection's fleet; when set, the console's KPI tiles
 *     and sparklines come from it ({@code docs/monitoring.md})
 * @param monitoring its Alertmanager and paging endpoint, if any ({@link Monitoring#NONE})
 */
public record ConnectionProfile(String name, Target target, Environment environment, URI prometheusUrlOrNull,
        Monitoring monitoring) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ConnectionProfile {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(environment, "environment");
        monitoring = monitoring == null ? Monitoring.NONE : monitoring;
        checkName(name);
        if (prometheusUrlOrNull != null) {
            checkPrometheus(prometheusUrlOrNull);
        }
    }

    public ConnectionProfile(String name, Target target, Environment environment) {
        this(name, target, environment, null, Monitoring.NONE);
    }

    public ConnectionProfile(String name, Target target, Environment environment, URI prometheusUrlOrNull) {
        this(name, target, environment, prometheusUrlOrNull, Monitoring.NONE);
    }

    public ConnectionProfile(String name, Target target, Environment environment, Monitoring monitoring) {
        this(name, target, environment, null, monitoring);
    }

    /** The same profile with this Prometheus URL (null removes it). */
    public ConnectionProfile withPrometheus(URI urlOrNull) {
        return new ConnectionProfile(name, target, environment, urlOrNull, monitoring);
    }

    /** @throws IllegalArgumentException with a sentence when the URL is not an http(s) base URL */
    public static URI checkPrometheus(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("Prometheus URL '" + url + "' is not an http(s) URL, e.g. "
                    + "http://prometheus.example.com:9090");
        }
        if (url.getRawQuery() != null || url.getPath() != null && url.getPath().contains("/api/v1")) {
            throw new IllegalArgumentException("Prometheus URL '" + url + "' must be Prometheus's base URL, without "
                    + "/api/v1 or a query, e.g. http://prometheus.example.com:9090");
        }
        return url;
    }

    public ConnectionProfile withMonitoring(Monitoring next) {
        return new ConnectionProfile(name, target, environment, prometheusUrlOrNull, next);
    }

    public static ConnectionProfile embedded(String name, Path workspace, Environment environment) {
        return new ConnectionProfile(name, new Embedded(workspace), environment);
    }

    public static ConnectionProfile remote(String name, URI apiUrl, Path caCertificateOrNull,
            Environment environment) {
        return new ConnectionProfile(name, new Remote(apiUrl, caCertificateOrNull), environment);
    }

    /** The demo workspace in the user's data directory, which the factory creates on first use. */
    public static ConnectionProfile demo() {
        return embedded("demo", Workspaces.demoDirectory(System.getenv(), Path.of(System.getProperty("user.home"))),
                Environment.DEVELOPMENT);
    }

    /** @throws IllegalArgumentException with a sentence saying what a name may hold */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("connection name '" + name + "' is not valid: use 1 to 64 letters, "
                    + "digits, '.', '-' or '_', starting with a letter or digit (e.g. prod-eu)");
        }
        return name;
    }

    public boolean remote() {
        return target instanceof Remote;
    }

    /** Where it points, for lists and title bars: the workspace directory or the server URL. */
    public String location() {
        return switch (target) {
            case Embedded e -> e.workspace().toString();
            case Remote r -> r.apiUrl().toString();
        };
    }

    /** Where the calls go. */
    public sealed interface Target permits Embedded, Remote {
    }

    /** In-process over a workspace directory (absolute, so the profile means the same from any directory). */
    public record Embedded(Path workspace) implements Target {
        public Embedded {
            Objects.requireNonNull(workspace, "workspace");
            if (!workspace.isAbsolute()) {
                throw new IllegalArgumentException("workspace " + workspace + " must be an absolute directory");
            }
            workspace = workspace.normalize();
        }
    }

    /** A server's API, trusting the JVM's CAs or only the CA certificate in a PEM file. */
    public record Remote(URI apiUrl, Path caCertificate) implements Target {
        public Remote {
            Objects.requireNonNull(apiUrl, "apiUrl");
            String scheme = apiUrl.getScheme() == null ? "" : apiUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || apiUrl.getHost() == null) {
                throw new IllegalArgumentException("'" + apiUrl + "' is not an http(s) URL, e.g. "
                        + "https://ops.example.com:8080");
            }
            if (caCertificate != null && !caCertificate.isAbsolute()) {
                throw new IllegalArgumentException("CA certificate " + caCertificate + " must be an absolute path");
            }
        }

        /** Null when the JVM's default CAs are trusted. */
        public Path caCertificateOrNull() {
            return caCertificate;
        }
    }
}
