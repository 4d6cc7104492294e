package dev.clio.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the runbook's {@code postgresql://} URL into a JDBC URL plus credentials. */
final class PostgresUrl {

    private static final String EXPECTED = "expected postgresql://user[:password]@host:port/db[?schema=name]";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_.$-]{1,63}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.-]+|\\[[0-9A-Fa-f:.]+]");
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    private PostgresUrl() {
    }

    static DatabaseConfig parse(String url, PoolSettings pool) {
        URI uri = toUri(url);
        if (uri.getRawFragment() != null) {
            throw malformed(url, "it contains '#' (write it as %23 in the password)");
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String[] credentials = credentials(at < 0 ? null : authority.substring(0, at));
        String[] hostPort = hostAndPort(url, authority.substring(at + 1));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isBlank() || database.contains("/")) {
            throw malformed(url, "no database name after the host");
        }
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw malformed(url, "database name '" + database + "' has characters other than letters, digits, _ . - $");
        }
        Map<String, String> params = query(url, uri.getRawQuery());
        String schema = params.remove("schema");
        if (schema != null && !IDENTIFIER.matcher(schema).matches()) {
            throw malformed(url, "schema '" + schema + "' is not a plain identifier (letters, digits, _)");
        }
        String sslmode = params.remove("sslmode");
        if (sslmode != null && !SSL_MODES.contains(sslmode)) {
            throw malformed(url, "sslmode '" + sslmode + "' is not one of " + SSL_MODES);
        }
        if (!params.isEmpty()) {
            throw malformed(url, "unsupported parameter '" + params.keySet().iterator().next()
                    + "' (supported: schema, sslmode)");
        }
        String jdbcUrl = "jdbc:postgresql://" + hostPort[0] + ":" + hostPort[1] + "/" + database
                + "?ApplicationName=cli-orchestrator&connectTimeout=5"
                + (schema == null ? "" : "&currentSchema=" + schema)
                + (sslmode == null ? "" : "&sslmode=" + sslmode);
        return new DatabaseConfig(Dialect.POSTGRESQL, jdbcUrl, credentials[0], credentials[1], schema, null, pool);
    }

    /**
     * Host and port parsed by hand: {@link URI#getHost()} rejects names with underscores, such as docker-compose
     * service names ({@code cli_postgres}).
     */
    private static String[] hostAndPort(String url, String hostPort) {
        String host = hostPort;
        String port = "5432";
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        if (colon >= 0) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        if (host.isBlank() || !HOST.matcher(host).matches()) {
            throw malformed(url, host.isBlank() ? "no host" : "host '" + host + "' is not a host name or address");
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw malformed(url, "port '" + port + "' is not a number from 1 to 65535");
        }
        return new String[] {host, port};
    }

    /**
     * Replaces the password of a URL by {@code ***} so that the URL can appear in a message. Works on malformed URLs
     * too: everything between the user's colon and the last {@code @} is hidden, even unencoded {@code @} or {@code /}.
     */
    static String redact(String url) {
        int start = url.indexOf("://");
        int at = url.lastIndexOf('@');
        if (start < 0 || at < start) {
            return url;
        }
        int colon = url.indexOf(':', start + 3);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon + 1) + "***" + url.substring(at);
    }

    private static URI toUri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw malformed(url, "not a valid URL (percent-encode special characters in the password)");
        }
    }

    private static String[] credentials(String rawUserInfo) {
        if (rawUserInfo == null || rawUserInfo.isEmpty()) {
            return new String[] {null, null};
        }
        int colon = rawUserInfo.indexOf(':');
        if (colon < 0) {
            return new String[] {decode(rawUserInfo), null};
        }
        return new String[] {decode(rawUserInfo.substring(0, colon)), decode(rawUserInfo.substring(colon + 1))};
    }

    private static Map<String, String> query(String url, String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw malformed(url, "query parameter '" + pair + "' has no value");
            }
            params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static StoreException malformed(String url, String problem) {
        return new StoreException("malformed database URL '" + redact(url) + "': " + problem + "; " + EXPECTED);
    }
}
