package dev.clio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded SQLite file. */
class SqliteExecutionStoreTest extends ExecutionStoreContract {

    @TempDir
    Path dir;

    @Override
    protected String databaseUrl() {
        return "sqlite:///" + dir.resolve("orchestrator.db").toAbsolutePath();
    }

    @Override
    protected List<String> indexNames() throws SQLException {
        return strings("SELECT name FROM sqlite_master WHERE type = 'index'");
    }

    @Override
    protected void assertConsistentAfterCrash() throws SQLException {
        assertThat(strings("PRAGMA integrity_check")).containsExactly("ok");
        assertThat(strings("PRAGMA foreign_key_check")).isEmpty();
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        }
    }
}
