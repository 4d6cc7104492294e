package dev.clio.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A pooled, migrated connection to the store's database. {@link #open(DatabaseConfig)} connects, fails fast with a
 * one-line {@link StoreException} when the database is unreachable, and applies the schema migrations before
 * returning. Thread-safe; close it once at shutdown.
 *
 * <p>SQLite connections use WAL journaling (readers never block the writer), a busy timeout (a second process waits
 * for the lock instead of failing), foreign keys, {@code synchronous=NORMAL} (a commit survives a killed process;
 * only a power cut may lose the last commits) and {@code BEGIN IMMEDIATE} transactions (a writer takes the lock up
 * front, so two writers cannot deadlock).
 */
public final class Database implements AutoCloseable {

    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int SQLITE_POOL_SIZE = 4;
    private static final long CONNECT_TIMEOUT_MILLIS = 5_000;

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;

    private Database(DatabaseConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    /** Opens the database described by the environment; see {@link DatabaseConfig#fromEnvironment(Map, Path)}. */
    public static Database fromEnvironment(Map<String, String> env, Path defaultSqliteFile) {
        return open(DatabaseConfig.fromEnvironment(env, defaultSqliteFile));
    }

    public static Database sqlite(Path file) {
        return open(DatabaseConfig.sqlite(file));
    }

    /**
     * Connects and migrates. Blocks for at most about five seconds when a PostgreSQL server does not answer, and for
     * the busy timeout when another process holds the SQLite write lock.
     */
    public static Database open(DatabaseConfig config) {
        HikariDataSource pool = config.dialect() == Dialect.SQLITE ? sqlitePool(config) : postgresPool(config);
        try {
            Migrations.apply(pool, config);
            return new Database(config, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return config.dialect();
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Safe to show: no password. */
    public String describe() {
        return config.describe();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource sqlitePool(DatabaseConfig config) {
        Path file = config.sqliteFile();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory for SQLite database " + file + ": " + e.getMessage());
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open SQLite database " + file + ": it is a directory");
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        sqlite.enforceForeignKeys(true);
        // NORMAL in WAL mode: a commit survives the process being killed (tested) and the file never corrupts; only a
        // power loss may drop the last commits. FULL would fsync on every commit, tens of milliseconds per step here.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource target = new SQLiteDataSource(sqlite);
        target.setUrl(config.jdbcUrl());
        HikariConfig hikari = baseConfig("clio-sqlite");
        hikari.setDataSource(target);
        hikari.setMaximumPoolSize(SQLITE_POOL_SIZE);
        hikari.setMinimumIdle(1);
        return start(hikari, config);
    }

    private static HikariDataSource postgresPool(DatabaseConfig config) {
        HikariConfig hikari = baseConfig("clio-postgres");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.pool().maximumPoolSize());
        hikari.setMinimumIdle(config.pool().minimumIdle());
        return start(hikari, config);
    }

    private static HikariConfig baseConfig(String poolName) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(poolName);
        hikari.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        // Fail at open rather than on the first query, so a bad URL is reported once, clearly.
        hikari.setInitializationFailTimeout(1);
        return hikari;
    }

    private static HikariDataSource start(HikariConfig hikari, DatabaseConfig config) {
        try {
            HikariDataSource pool = new HikariDataSource(hikari);
            try (Connection probe = pool.getConnection()) {
                return pool;
            } catch (SQLException e) {
                pool.close();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot connect to " + config.describe() + ": " + rootMessage(e, config)
                    + hint(config), e);
        }
    }

    private static String hint(DatabaseConfig config) {
        return config.dialect() == Dialect.SQLITE
                ? " (check that the file is a SQLite database and that its directory is writable)"
                : " (check that PostgreSQL is running there and that " + DatabaseConfig.URL_VARIABLE + " is right)";
    }

    static String rootMessage(Throwable error, DatabaseConfig config) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        message = message.lines().findFirst().orElse(message).trim();
        String password = config.password();
        return password == null || password.isEmpty() ? message : message.replace(password, "***");
    }
}
