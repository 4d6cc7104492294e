package dev.clio.cli;

import dev.clio.config.Settings;
import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.log.StructuredLog;
import dev.clio.engine.run.RunSettings;
import dev.clio.engine.run.WorkflowRunner;
import dev.clio.engine.run.listen.EventLogListener;
import dev.clio.store.DatabaseConfig;
import dev.clio.store.ExecutionStore;
import dev.clio.store.JdbcExecutionStore;
import dev.clio.store.PoolSettings;
import dev.clio.workspace.Workspace;

/**
 * What one {@code run} needs open: the execution store (after marking executions of crashed processes interrupted),
 * the structured engine log and the runner over the built-in adapters. Closes them in reverse order.
 */
final class RunSession implements AutoCloseable {

    final ExecutionStore store;
    final StructuredLog log;
    final EventLogListener logListener;
    final WorkflowRunner runner;
    final int interrupted;

    private RunSession(ExecutionStore store, StructuredLog log, WorkflowRunner runner, int interrupted) {
        this.store = store;
        this.log = log;
        this.logListener = new EventLogListener(log);
        this.runner = runner;
        this.interrupted = interrupted;
    }

    /** Opens the store: the workspace's SQLite file unless the {@code database_url} setting names another. */
    static RunSession open(Workspace workspace, Settings settings) {
        ExecutionStore store = JdbcExecutionStore.open(databaseConfig(workspace, settings));
        try {
            int interrupted = store.markRunningAsInterrupted();
            StructuredLog log = StructuredLog.open(workspace.engineLog());
            WorkflowRunner runner = WorkflowRunner.of(AdapterRegistry.defaults(settings.adapterSettings()));
            return new RunSession(store, log, runner, interrupted);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static DatabaseConfig databaseConfig(Workspace workspace, Settings settings) {
        String url = settings.databaseUrl();
        if (url == null || url.isBlank()) {
            return DatabaseConfig.sqlite(workspace.database());
        }
        return DatabaseConfig.parse(url, new PoolSettings(settings.databasePoolSize(),
                settings.databaseMaxOverflow()));
    }

    static RunSettings runSettings(Settings settings) {
        return RunSettings.defaults().withMaxTokensDefault(settings.maxTokensDefault())
                .withCache(settings.cacheEnabled(), settings.cacheTtl());
    }


    @Override
    public void close() {
        runner.close();
        log.close();
        store.close();
    }
}
