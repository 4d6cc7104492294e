package dev.clio.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The store a {@code database_url} names, translated for JDBC.
 *
 * @param jdbcUrl {@code jdbc:sqlite:/abs/orchestrator.db} or {@code jdbc:postgresql://host:port/db[?params]}
 * @param user the PostgreSQL user, or null
 * @param password the PostgreSQL password, or null; never logged
 * @param sqliteFile the SQLite file, or null for PostgreSQL
 */
public record DatabaseUrl(Kind kind, String jdbcUrl, String user, String password, Path sqliteFile) {

    public enum Kind { SQLITE, POSTGRESQL }

    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(://[^:/@]*:)[^@/]*@");
    private static final Pattern QUERY_PASSWORD = Pattern.compile("([?&]password=)[^&]*");

    /**
     * Parses a URL: empty for {@code defaultSqlite}, {@code sqlite:PATH} (relative to {@code base}),
     * {@code postgresql://} or {@code postgres://}, or {@code jdbc:postgresql:}/{@code jdbc:sqlite:} as they are.
     *
     * @throws IllegalArgumentException when the URL is none of these
     */
    public static DatabaseUrl parse(String url, Path defaultSqlite, Path base) {
        String text = url.strip();
        if (text.isEmpty()) {
            return sqlite(defaultSqlite);
        }
        if (text.startsWith("jdbc:sqlite:")) {
            return sqlite(base.resolve(text.substring("jdbc:sqlite:".length())));
        }
        if (text.startsWith("sqlite:")) {
            String path = text.substring("sqlite:".length());
            // SQLAlchemy style: sqlite:///relative.db and sqlite:////absolute.db
            path = path.startsWith("//") ? path.substring(3) : path;
            if (path.isEmpty()) {
                throw new IllegalArgumentException("sqlite URL without a path");
            }
            return sqlite(base.resolve(path));
        }
        if (text.startsWith("jdbc:postgresql://")) {
            return new DatabaseUrl(Kind.POSTGRESQL, text, null, null, null);
        }
        return postgres(text);
    }

    static boolean isValid(String url) {
        try {
            parse(url, Path.of("orchestrator.db"), Path.of(""));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The URL with any password replaced by {@code ****}, safe to print. */
    public static String redact(String url) {
        String out = USERINFO_PASSWORD.matcher(url).replaceAll("$1****@");
        return QUERY_PASSWORD.matcher(out).replaceAll("$1****");
    }

    private static DatabaseUrl sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatabaseUrl(Kind.SQLITE, "jdbc:sqlite:" + absolute, null, null, absolute);
    }

    private static DatabaseUrl postgres(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
            throw new IllegalArgumentException("unsupported database URL scheme: " + scheme);
        }
        String db = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (uri.getHost() == null || db.isEmpty()) {
            throw new IllegalArgumentException("a PostgreSQL URL needs a host and a database name");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + db + query;
        return new DatabaseUrl(Kind.POSTGRESQL, jdbc, user, password, null);
    }

    private static String decode(String part) {
        // URLDecoder is for forms and would turn a literal '+' in a password into a space
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + kind + ", " + redact(jdbcUrl) + ", user=" + user + "]";
    }
}
