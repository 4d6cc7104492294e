package dev.clio.runbook;

import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.store.PostgresTestSchema;
import dev.clio.workspace.Workspace;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-ins' investigations in process over the real PostgreSQL, where the database steps read real
 * pg_stat_activity, pg_stat_statements (when installed) and pg_locks rows.
 */
class PostgresBuiltinInvestigationsTest extends BuiltinInvestigationsContract {

    private PostgresTestSchema schema;

    @Override
    protected EmbeddedEngine open(Workspace ws, EngineOptions options) {
        schema = PostgresTestSchema.create();
        Map<String, String> env = new HashMap<>(options.environment());
        env.put("CLI_ORCHESTRATOR_DATABASE_URL", schema.url());
        env.put("CLI_ORCHESTRATOR_DATABASE_POOL_SIZE", "4");
        return EmbeddedEngine.open(ws, options.withEnvironment(env));
    }

    @Override
    protected void closed() {
        try {
            schema.close();
        } catch (SQLException e) {
            throw new AssertionError("cannot drop " + schema.schema(), e);
        }
    }

    @Override
    protected Operations viewer(EmbeddedEngine e) {
        return e.operations(Caller.key("viewer00", Role.VIEWER, "127.0.0.1"));
    }
}
