package dev.clio.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A throw-away schema in the real PostgreSQL on 127.0.0.1:5432 (database {@code test}, trust authentication, user
 * {@code postgres} or {@code root}). When the server cannot be reached the tests FAIL: they are never skipped.
 */
public final class PostgresTestSchema implements AutoCloseable {

    public static final String HOST = System.getProperty("clio.test.pg.host", "127.0.0.1");
    public static final int PORT = Integer.getInteger("clio.test.pg.port", 5432);
    public static final String DATABASE = System.getProperty("clio.test.pg.database", "test");
    private static final List<String> USERS = List.of("postgres", "root");

    private final String user;
    private final String schema;

    private PostgresTestSchema(String user, String schema) {
        this.user = user;
        this.schema = schema;
    }

    public static PostgresTestSchema create() {
        String schema = "clio_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        SQLException last = null;
        for (String user : USERS) {
            try (Connection connection = connect(user); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                return new PostgresTestSchema(user, schema);
            } catch (SQLException e) {
                last = e;
            }
        }
        throw new AssertionError("PostgreSQL is required by these tests and is not reachable at " + HOST + ":" + PORT
                + "/" + DATABASE + " as " + USERS + " (" + Jdbc.firstLine(last) + "). Start it (see the machine notes)"
                + " rather than skipping the tests.", last);
    }

    public String url() {
        return "postgresql://" + user + "@" + HOST + ":" + PORT + "/" + DATABASE + "?schema=" + schema;
    }

    public String schema() {
        return schema;
    }

    public Connection connect() throws SQLException {
        return connect(user);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(user); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** The user that could connect ({@code postgres} or {@code root}). */
    public String user() {
        return user;
    }

    private static Connection connect(String user) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE
                + "?connectTimeout=5", user, null);
    }
}
