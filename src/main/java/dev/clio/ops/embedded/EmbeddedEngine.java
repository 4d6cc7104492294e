package dev.clio.ops.embedded;

import dev.clio.common.concurrent.Threads;
import dev.clio.config.Settings;
import dev.clio.config.SettingsException;
import dev.clio.config.SettingsLoader;
import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.log.StructuredLog;
import dev.clio.engine.run.WorkflowRunner;
import dev.clio.engine.run.listen.EventLogListener;
import dev.clio.engine.run.listen.RunMetrics;
import dev.clio.incident.IncidentService;
import dev.clio.ops.OpsException;
import dev.clio.ops.RequestStats;
import dev.clio.security.Caller;
import dev.clio.security.SecurityGate;
import dev.clio.store.Database;
import dev.clio.store.DatabaseConfig;
import dev.clio.store.JdbcExecutionStore;
import dev.clio.store.JdbcIncidentStore;
import dev.clio.store.PoolSettings;
import dev.clio.store.StoreException;
import dev.clio.store.diagnostics.DatabaseDiagnostics;
import dev.clio.workspace.Workspace;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The long-lived, shared part of the in-process Operations: one workspace's settings, execution store, security gate,
 * structured log, metrics registry, adapters, validator and runner. Open one per workspace and process; hand out
 * cheap {@link #operations(Caller)} views, one per caller. Thread-safe.
 */
public final class EmbeddedEngine implements AutoCloseable {

    static final int MAX_LOG_STREAMS = 16;

    private final Workspace workspace;
    private final EngineOptions options;
    private final SettingsLoader loader;
    private final AtomicReference<Settings> settings;
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();
    private final Clock clock = Clock.systemUTC();
    private final Instant startedAt = clock.instant();
    private Database database;
    private JdbcExecutionStore store;
    private DatabaseDiagnostics diagnostics;
    private SecurityGate gate;
    private StructuredLog log;
    private PrometheusMeterRegistry registry;
    private RequestStats stats;
    private AdapterRegistry adapters;
    private WorkflowRunner runner;
    private RunMetrics runMetrics;
    private EventLogListener logListener;
    private ExecutorService logTails;
    private ScheduledExecutorService scheduler;
    private LiveExecutions live;
    private WorkflowCatalog catalog;
    private UptimeSampler uptime;
    private ContainerEngines containers;
    private IncidentService incidents;
    private int interruptedAtOpen;

    private EmbeddedEngine(Workspace workspace, EngineOptions options, Settings loaded) {
        this.workspace = workspace;
        this.options = options;
        this.loader = SettingsLoader.forWorkspace(workspace).withEnvironment(options.environment());
        this.settings = new AtomicReference<>(loaded);
    }

    /** Opens the engine of a workspace with the process environment; see {@link #open(Workspace, EngineOptions)}. */
    public static EmbeddedEngine open(Workspace workspace) {
        return open(workspace, EngineOptions.defaults());
    }

    /**
     * Loads the settings, opens (and migrates) the store named by {@code database_url} (default SQLite
     * {@code orchestrator.db}), marks executions of dead processes interrupted, and opens the gate and the log.
     * Blocks for the database connection (at most about five seconds for an unreachable PostgreSQL).
     *
     * @throws OpsException INVALID_REQUEST when the settings cannot be loaded, UNAVAILABLE when the store cannot
     */
    public static EmbeddedEngine open(Workspace workspace, EngineOptions options) {
        Settings loaded = load(SettingsLoader.forWorkspace(workspace).withEnvironment(options.environment()));
        EmbeddedEngine engine = new EmbeddedEngine(workspace, options, loaded);
        try {
            engine.start();
            return engine;
        } catch (RuntimeException e) {
            engine.close();
            throw e instanceof StoreException ? OpsException.unavailable("cannot open the execution store: "
                    + e.getMessage()) : e;
        }
    }

    private void start() {
        database = own(Database.open(databaseConfig(workspace, settings.get())));
        store = new JdbcExecutionStore(database.dataSource(), database.dialect());
        interruptedAtOpen = store.markRunningAsInterrupted();
        diagnostics = new DatabaseDiagnostics(database);
        incidents = new IncidentService(new JdbcIncidentStore(database.dataSource(), database.dialect()), clock);
        gate = options.gate() != null ? options.gate() : own(SecurityGate.open(workspace.security()));
        log = own(StructuredLog.open(workspace.engineLog()));
        if (options.registry() != null) {
            registry = options.registry();
        } else {
            PrometheusMeterRegistry mine = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            own(mine::close);
            registry = mine;
        }
        stats = options.stats() != null ? options.stats() : new RequestStats();
        adapters = AdapterRegistry.defaults(settings.get().adapterSettings());
        runner = own(WorkflowRunner.of(adapters));
        runMetrics = new RunMetrics(registry);
        KpiGauges.bind(this, registry);
        logListener = new EventLogListener(log);
        logTails = Threads.elastic("clio-log-tail", MAX_LOG_STREAMS);
        own(() -> Threads.shutdown(logTails, 1000));
        scheduler = Threads.scheduler("clio-engine", 1);
        own(() -> Threads.shutdown(scheduler, 1000));
        live = new LiveExecutions();
        containers = own(new ContainerEngines(this::settings, options.environment()));
        catalog = new WorkflowCatalog(workspace);
        uptime = new UptimeSampler(() -> new HealthChecks(this).report().status());
        uptime.sample();
        scheduler.scheduleWithFixedDelay(uptime::sample, 30, 30, TimeUnit.SECONDS);
    }

    private <T extends AutoCloseable> T own(T resource) {
        owned.push(resource);
        return resource;
    }

    /** An Operations view for one caller; cheap, and closing it leaves the engine open. */
    public EmbeddedOperations operations(Caller caller) {
        return new EmbeddedOperations(this, caller, false);
    }

    static Settings load(SettingsLoader loader) {
        try {
            return loader.load();
        } catch (SettingsException e) {
            throw OpsException.invalid("the configuration cannot be loaded: " + e.getMessage()
                    + "; fix it with 'config set' or in " + loader.file());
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

    /** Cancels running executions and closes what this engine opened, newest first. */
    @Override
    public void close() {
        if (live != null) {
            live.cancelAll("the engine is shutting down");
        }
        while (!owned.isEmpty()) {
            try {
                owned.pop().close();
            } catch (Exception e) {
                // closing the rest matters more than a failure to close one part
            }
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public Settings settings() {
        return settings.get();
    }

    /** Re-reads the settings (after a change), keeping the last good ones when they cannot be loaded. */
    Settings reloadSettings() {
        Settings fresh = load(loader);
        settings.set(fresh);
        return fresh;
    }

    SettingsLoader loader() {
        return loader;
    }

    EngineOptions options() {
        return options;
    }

    public JdbcExecutionStore store() {
        return store;
    }

    public Database database() {
        return database;
    }

    DatabaseDiagnostics diagnostics() {
        return diagnostics;
    }

    public SecurityGate gate() {
        return gate;
    }

    public StructuredLog log() {
        return log;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public RequestStats requestStats() {
        return stats;
    }

    public AdapterRegistry adapters() {
        return adapters;
    }

    WorkflowRunner runner() {
        return runner;
    }

    RunMetrics runMetrics() {
        return runMetrics;
    }

    EventLogListener logListener() {
        return logListener;
    }

    ExecutorService logTails() {
        return logTails;
    }

    LiveExecutions live() {
        return live;
    }

    /** The workspace's workflows with the one validator, shared by every view. */
    WorkflowCatalog catalog() {
        return catalog;
    }

    /** The container gateway of the configured engine endpoint. */
    ContainerEngines containers() {
        return containers;
    }

    /** Incidents and their timelines, in the same store as the executions. */
    public IncidentService incidents() {
        return incidents;
    }

    UptimeSampler uptime() {
        return uptime;
    }

    Clock clock() {
        return clock;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Executions of a crashed process that opening this engine marked interrupted. */
    public int interruptedAtOpen() {
        return interruptedAtOpen;
    }
}
