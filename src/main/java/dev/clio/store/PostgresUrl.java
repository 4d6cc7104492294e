package dev.clio.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the runbook's {@code postgresql://} URL into a JDBC URL plus credentials. */
final class PostgresUrl {

    private static final String EXPECTED = "expected postgresql://user[:password]@host:port/db[?schema=name]";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private PostgresUrl() {
    }

    static DatabaseConfig parse(String url, PoolSettings pool) {
        URI uri = toUri(url);
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw malformed(url, "no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isBlank() || database.contains("/")) {
            throw malformed(url, "no database name after the host");
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        Map<String, String> params = query(url, uri.getRawQuery());
        String schema = params.remove("schema");
        if (schema != null && !IDENTIFIER.matcher(schema).matches()) {
            throw malformed(url, "schema '" + schema + "' is not a plain identifier (letters, digits, _)");
        }
        String sslmode = params.remove("sslmode");
        if (!params.isEmpty()) {
            throw malformed(url, "unsupported parameter '" + params.keySet().iterator().next()
                    + "' (supported: schema, sslmode)");
        }
        String[] credentials = credentials(uri.getRawUserInfo());
        String jdbcUrl = "jdbc:postgresql://" + hostPart(uri.getHost()) + ":" + port + "/" + database
                + "?ApplicationName=cli-orchestrator&connectTimeout=5"
                + (schema == null ? "" : "&currentSchema=" + schema)
                + (sslmode == null ? "" : "&sslmode=" + sslmode);
        return new DatabaseConfig(Dialect.POSTGRESQL, jdbcUrl, credentials[0], credentials[1], schema, null, pool);
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

    private static String hostPart(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static StoreException malformed(String url, String problem) {
        return new StoreException("malformed database URL '" + redact(url) + "': " + problem + "; " + EXPECTED);
    }
}
