package dev.clio.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the store lives: a SQLite file (the embedded default) or a PostgreSQL database. Build one with
 * {@link #sqlite(Path)}, {@link #parse(String, PoolSettings)} or {@link #fromEnvironment(Map, Path)}.
 *
 * @param schema PostgreSQL schema holding the tables, or null for the server's default ({@code public})
 * @param password never printed: {@link #toString()} and {@link #describe()} leave it out
 */
public record DatabaseConfig(Dialect dialect, String jdbcUrl, String user, String password, String schema,
        Path sqliteFile, PoolSettings pool) {

    public static final String URL_VARIABLE = "CLI_ORCHESTRATOR_DATABASE_URL";

    public DatabaseConfig {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        pool = pool == null ? PoolSettings.DEFAULT : pool;
    }

    public static DatabaseConfig sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatabaseConfig(Dialect.SQLITE, "jdbc:sqlite:" + absolute, null, null, null, absolute, null);
    }

    /**
     * Parses {@code postgresql://user[:password]@host[:port]/db[?schema=name]} ({@code postgres://} too) or
     * {@code sqlite:///relative/file.db} / {@code sqlite:////absolute/file.db}.
     *
     * @throws StoreException with a one-line message naming what is wrong (the password is never echoed)
     */
    public static DatabaseConfig parse(String url, PoolSettings pool) {
        String trimmed = url == null ? "" : url.trim();
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) {
            return PostgresUrl.parse(trimmed, pool);
        }
        if (trimmed.startsWith("sqlite:///")) {
            String path = trimmed.substring("sqlite:///".length());
            if (path.isBlank()) {
                throw new StoreException("database URL 'sqlite:///' names no file; expected sqlite:///path/to/file.db");
            }
            return sqlite(Path.of(path));
        }
        throw new StoreException("unsupported database URL '" + PostgresUrl.redact(trimmed)
                + "': expected postgresql://user[:password]@host:port/db[?schema=name] or sqlite:///path/to/file.db");
    }

    /**
     * Reads {@code CLI_ORCHESTRATOR_DATABASE_URL}, {@code DATABASE_POOL_SIZE} and {@code DATABASE_MAX_OVERFLOW};
     * without a URL the store is the SQLite file given (normally the workspace's {@code orchestrator.db}).
     */
    public static DatabaseConfig fromEnvironment(Map<String, String> env, Path defaultSqliteFile) {
        String url = env.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return sqlite(defaultSqliteFile);
        }
        return parse(url, PoolSettings.fromEnvironment(env));
    }

    /** A one-line description safe to show and log, e.g. {@code PostgreSQL cli_user@db:5432/cli_orchestrator}. */
    public String describe() {
        if (dialect == Dialect.SQLITE) {
            return "SQLite " + sqliteFile;
        }
        String where = jdbcUrl.substring("jdbc:postgresql://".length()).replaceFirst("\\?.*$", "");
        return "PostgreSQL " + (user == null ? "" : user + "@") + where + (schema == null ? "" : " (schema " + schema
                + ")");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + ", pool=" + pool + "]";
    }
}
