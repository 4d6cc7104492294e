package dev.clio.ops.embedded;

import dev.clio.ops.Operations;
import dev.clio.ops.OperationsContract;
import dev.clio.security.Caller;
import dev.clio.store.PostgresTestSchema;
import dev.clio.workspace.Workspace;
import java.sql.SQLException;
import java.util.Map;

/** The Operations contract against the in-process engine over a throw-away schema of the real PostgreSQL. */
class EmbeddedOperationsPostgresContractTest extends OperationsContract {

    private PostgresTestSchema schema;

    @Override
    protected EmbeddedEngine openEngine(Workspace ws) {
        schema = PostgresTestSchema.create();
        return EmbeddedEngine.open(ws, EngineOptions.defaults().withEnvironment(Map.of(UNKNOWN_VARIABLE, "1",
                "CLI_ORCHESTRATOR_DATABASE_URL", schema.url(), "CLI_ORCHESTRATOR_DATABASE_POOL_SIZE", "4")));
    }

    @Override
    protected void engineClosed() {
        try {
            schema.close();
        } catch (SQLException e) {
            throw new AssertionError("cannot drop " + schema.schema(), e);
        }
    }

    @Override
    protected String expectedDialect() {
        return "postgresql";
    }

    @Override
    protected Operations operations(Caller caller) {
        return engine().operations(caller);
    }
}
