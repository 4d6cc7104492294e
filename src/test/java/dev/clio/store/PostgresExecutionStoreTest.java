package dev.clio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on the real PostgreSQL, in a schema of its own that is dropped afterwards. */
class PostgresExecutionStoreTest extends ExecutionStoreContract {

    private static PostgresTestSchema schema;

    @BeforeAll
    static void createSchema() {
        schema = PostgresTestSchema.create();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    protected String databaseUrl() {
        return schema.url();
    }

    @Override
    protected List<String> indexNames() throws SQLException {
        try (var connection = schema.connect();
                var statement = connection.prepareStatement("SELECT indexname FROM pg_indexes WHERE schemaname = ?")) {
            statement.setString(1, schema.schema());
            try (var rows = statement.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        }
    }

    @Override
    protected void assertConsistentAfterCrash() throws SQLException {
        // PostgreSQL rolled back the child's open transaction; no orphaned rows can exist under the foreign keys.
        assertThat(count("SELECT COUNT(*) FROM steps s LEFT JOIN executions e USING (execution_id)"
                + " WHERE e.execution_id IS NULL")).isZero();
    }
}
