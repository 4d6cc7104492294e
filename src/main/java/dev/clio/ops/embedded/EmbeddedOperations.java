package dev.clio.ops.embedded;

import dev.clio.common.BuildInfo;
import dev.clio.config.Settings;
import dev.clio.ops.AdapterState;
import dev.clio.ops.Containers;
import dev.clio.ops.Health;
import dev.clio.ops.Incidents;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.ops.Runbooks;
import dev.clio.ops.Workflows;
import dev.clio.security.Caller;
import dev.clio.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The in-process Operations: an {@link EmbeddedEngine} seen by one {@link Caller}. Every call is checked against the
 * caller's role ({@link Operation#access()}); every remediation is audited with the caller's identity. Calls block
 * on files, the store and processes: make them off the UI thread.
 */
public final class EmbeddedOperations implements Operations {

    private final EmbeddedEngine engine;
    private final Guard guard;
    private final boolean ownsEngine;
    private final WorkflowCatalog catalog;
    private final ExecutionCalls executions;

    EmbeddedOperations(EmbeddedEngine engine, Caller caller, boolean ownsEngine) {
        this.engine = engine;
        // a server audits its key callers itself; a local caller (a console next to the server) never passes it
        this.guard = new Guard(caller, engine.gate().audit(), engine.options().auditRemediations() || caller.isLocal());
        this.ownsEngine = ownsEngine;
        this.catalog = engine.catalog();
        this.executions = new ExecutionCalls(engine, catalog);
    }

    /** Opens an engine for the workspace, used by its local user (admin); closing these Operations closes it. */
    public static EmbeddedOperations open(Workspace workspace) {
        return new EmbeddedOperations(EmbeddedEngine.open(workspace), Caller.localUser(), true);
    }

    /** Opens an engine with these options for the local user (admin); closing these Operations closes it. */
    public static EmbeddedOperations open(Workspace workspace, EngineOptions options) {
        return new EmbeddedOperations(EmbeddedEngine.open(workspace, options), Caller.localUser(), true);
    }

    public Caller caller() {
        return guard.caller();
    }

    @Override
    public Health.Report health() {
        guard.require(Operation.HEALTH);
        return new HealthChecks(engine).report();
    }

    @Override
    public Health.Readiness ready() {
        guard.require(Operation.READY);
        boolean store = engine.diagnostics().connectivity().ok();
        return new Health.Readiness(store, store ? "ready to accept requests"
                : "not ready: the execution store does not answer");
    }

    @Override
    public Health.Identity whoami() {
        guard.require(Operation.WHOAMI);
        Caller caller = guard.caller();
        return new Health.Identity(caller.identity(), caller.role(), caller.keyPrefix());
    }

    @Override
    public Health.Info info() {
        guard.require(Operation.INFO);
        Settings s = engine.settings();
        Map<String, Boolean> features = new LinkedHashMap<>();
        features.put("metrics", s.metricsEnabled());
        features.put("cache", s.cacheEnabled());
        features.put("profiling", s.profilingEnabled());
        features.put("anthropic", !s.anthropicApiKey().isBlank());
        features.put("openai", !s.openaiApiKey().isBlank());
        features.put("postgresql", !s.databaseUrl().isBlank());
        long uptime = Duration.between(engine.startedAt(), Instant.now()).toSeconds();
        return new Health.Info(s.serviceName(), BuildInfo.version(), uptime, s.environment().label(), "embedded",
                features, engine.startedAt());
    }

    @Override
    public Metrics.Summary metricsSummary(Duration window) {
        guard.require(Operation.METRICS_SUMMARY);
        return new MetricsCalls(engine).summary(window);
    }

    @Override
    public Metrics.TokenUsage tokenUsage() {
        guard.require(Operation.TOKEN_USAGE);
        return new MetricsCalls(engine).tokens();
    }

    @Override
    public Metrics.KpiSnapshot kpiSnapshot() {
        guard.require(Operation.KPI_SNAPSHOT);
        return new KpiCalls(engine).snapshot();
    }

    @Override
    public Metrics.Growth growth(int days) {
        guard.require(Operation.METRICS_GROWTH);
        return new MetricsCalls(engine).growth(days);
    }

    @Override
    public List<AdapterState> adapters() {
        guard.require(Operation.ADAPTERS_LIST);
        return AdapterStates.of(engine.adapters());
    }

    @Override
    public List<Workflows.Summary> workflows() {
        guard.require(Operation.WORKFLOWS_LIST);
        return catalog.list();
    }

    @Override
    public Workflows.Verification verify(String workflowFile) {
        guard.require(Operation.WORKFLOWS_VERIFY);
        return catalog.verify(workflowFile);
    }

    @Override
    public Workflows.Source workflowSource(String workflowFile) {
        guard.require(Operation.WORKFLOWS_SOURCE);
        return catalog.source(workflowFile);
    }

    @Override
    public Workflows.Verification saveWorkflow(String workflowFile, String text) {
        return guard.remediate(Operation.WORKFLOWS_SAVE, workflowFile == null ? "" : workflowFile,
                Map.of("bytes", text == null ? 0 : text.length()), () -> catalog.save(workflowFile, text));
    }

    @Override
    public Workflows.Execution execute(Workflows.ExecuteRequest request) {
        requireRequest(request);
        return guard.remediate(Operation.WORKFLOWS_EXECUTE, request.workflowFile(), executeParams(request),
                () -> executions.execute(request, guard.caller()));
    }

    @Override
    public Workflows.Plan plan(Workflows.ExecuteRequest request) {
        guard.require(Operation.WORKFLOWS_PLAN);
        requireRequest(request);
        return executions.plan(request, guard.caller());
    }

    @Override
    public Workflows.Execution execution(String executionId) {
        guard.require(Operation.WORKFLOWS_STATUS);
        return executions.execution(executionId);
    }

    @Override
    public List<Workflows.Execution> history(int limit) {
        guard.require(Operation.WORKFLOWS_HISTORY);
        return executions.history(limit);
    }

    @Override
    public Workflows.Execution cancel(String executionId) {
        return guard.remediate(Operation.WORKFLOWS_CANCEL, executionId, Map.of(),
                () -> executions.cancel(executionId, guard.caller()));
    }

    @Override
    public Workflows.Execution resume(String executionId) {
        return guard.remediate(Operation.WORKFLOWS_RESUME, executionId, Map.of(),
                () -> executions.resume(executionId));
    }

    @Override
    public Workflows.HealthCheck healthCheckStatus() {
        guard.require(Operation.WORKFLOWS_HEALTH_CHECK);
        return executions.healthCheck(guard.caller());
    }

    @Override
    public List<Resources.LogEntry> logs(Resources.LogQuery query) {
        guard.require(Operation.LOGS_QUERY);
        return LogQueries.query(engine.workspace().engineLog(), query(query), Instant.now());
    }

    /** Starts a tail on the engine's bounded pool; at most {@value EmbeddedEngine#MAX_LOG_STREAMS} at once. */
    @Override
    public Subscription streamLogs(Resources.LogQuery query, Consumer<Resources.LogEntry> sink) {
        guard.require(Operation.LOGS_STREAM);
        LogTail tail = new LogTail(engine.workspace().engineLog(), query(query), sink);
        try {
            tail.started(engine.logTails().submit(tail));
        } catch (RejectedExecutionException e) {
            throw OpsException.unavailable("too many log streams are open (at most " + EmbeddedEngine.MAX_LOG_STREAMS
                    + "); close one and try again");
        }
        return tail;
    }

    @Override
    public List<Resources.ConfigEntry> config() {
        guard.require(Operation.CONFIG_SHOW);
        return new ConfigCalls(engine).show();
    }

    @Override
    public List<Resources.ConfigFinding> validateConfig() {
        guard.require(Operation.CONFIG_VALIDATE);
        return new ConfigCalls(engine).validate();
    }

    @Override
    public Resources.ActionResult setConfig(String key, String value) {
        return guard.remediate(Operation.CONFIG_SET, key, Map.of("setting", String.valueOf(key)),
                () -> new ConfigCalls(engine).set(key, value));
    }

    @Override
    public List<Resources.ArtifactInfo> artifacts() {
        guard.require(Operation.ARTIFACTS_LIST);
        return new ArtifactFiles(engine.workspace()).list();
    }

    @Override
    public Resources.CleanResult cleanArtifacts(boolean dryRun) {
        return guard.remediate(Operation.ARTIFACTS_CLEAN, "artifacts/", Map.of("dry_run", dryRun),
                () -> new ArtifactFiles(engine.workspace()).clean(dryRun));
    }

    @Override
    public Resources.SystemStatus system() {
        guard.require(Operation.SYSTEM_STATUS);
        return SystemProbe.measure(engine.workspace().root());
    }

    @Override
    public Resources.ActionResult runGc() {
        return guard.remediate(Operation.SYSTEM_GC, null, Map.of(), () -> {
            Runtime rt = Runtime.getRuntime();
            long before = rt.totalMemory() - rt.freeMemory();
            System.gc();
            long after = rt.totalMemory() - rt.freeMemory();
            return new Resources.ActionResult("system.gc", true, "heap in use " + before / (1024 * 1024) + " MiB -> "
                    + after / (1024 * 1024) + " MiB");
        });
    }

    @Override
    public Resources.DbStatus dbStatus() {
        guard.require(Operation.DB_STATUS);
        return database().status();
    }

    @Override
    public Resources.Table dbActivity() {
        guard.require(Operation.DB_ACTIVITY);
        return database().activity();
    }

    @Override
    public Resources.Table dbSlowQueries() {
        guard.require(Operation.DB_SLOW_QUERIES);
        return database().slowQueries();
    }

    @Override
    public Resources.Table dbLocks() {
        guard.require(Operation.DB_LOCKS);
        return database().locks();
    }

    @Override
    public Resources.ActionResult dbCreateIndexes() {
        return guard.remediate(Operation.DB_CREATE_INDEXES, engine.database().describe(), Map.of(),
                () -> database().createIndexes());
    }

    @Override
    public Resources.ActionResult dbVacuum() {
        return guard.remediate(Operation.DB_VACUUM, engine.database().describe(), Map.of(),
                () -> database().vacuum());
    }

    @Override
    public List<Containers.Container> containers() {
        guard.require(Operation.CONTAINERS_LIST);
        return containerCalls().list();
    }

    @Override
    public List<Containers.Stats> containerStats() {
        guard.require(Operation.CONTAINERS_STATS);
        return containerCalls().stats();
    }

    @Override
    public List<Containers.LogLine> containerLogs(String container, Containers.LogQuery query) {
        guard.require(Operation.CONTAINERS_LOGS);
        return containerCalls().logs(container, query);
    }

    @Override
    public Subscription streamContainerLogs(String container, Containers.LogQuery query,
            Consumer<Containers.LogLine> sink) {
        guard.require(Operation.CONTAINERS_LOGS_STREAM);
        return containerCalls().follow(container, query, sink);
    }

    @Override
    public Resources.ActionResult startContainer(String container) {
        return containerAction(Operation.CONTAINERS_START, container, g -> g.start(container));
    }

    @Override
    public Resources.ActionResult stopContainer(String container) {
        return containerAction(Operation.CONTAINERS_STOP, container, g -> g.stop(container));
    }

    @Override
    public Resources.ActionResult restartContainer(String container) {
        return containerAction(Operation.CONTAINERS_RESTART, container, g -> g.restart(container));
    }

    @Override
    public Resources.ActionResult killContainer(String container) {
        return containerAction(Operation.CONTAINERS_KILL, container, g -> g.kill(container));
    }

    @Override
    public List<Resources.AuditEntry> audit(Resources.AuditQuery query) {
        guard.require(Operation.AUDIT_QUERY);
        return AuditCalls.query(engine.gate().audit(), query);
    }

    @Override
    public Incidents.Incident openIncident(Incidents.OpenRequest request) {
        guard.require(Operation.INCIDENTS_OPEN);
        Incidents.Incident opened = engine.incidents().open(request, actor());
        IncidentSnapshots.record(engine.incidents(), opened.id(), "declaration", this::kpiSnapshot, actor());
        return engine.incidents().get(opened.id());
    }

    @Override
    public List<Incidents.Incident> incidents(int limit) {
        guard.require(Operation.INCIDENTS_LIST);
        return engine.incidents().list(limit);
    }

    @Override
    public Incidents.Incident incident(String id) {
        guard.require(Operation.INCIDENTS_SHOW);
        return engine.incidents().get(id);
    }

    @Override
    public Incidents.EventPage incidentEvents(String id, long sinceSeq, Incidents.EventKind kind) {
        guard.require(Operation.INCIDENTS_EVENTS);
        return engine.incidents().events(id, sinceSeq, kind);
    }

    @Override
    public Incidents.Event recordIncidentEvent(String id, Incidents.EventRequest request) {
        guard.require(Operation.INCIDENTS_RECORD);
        return engine.incidents().record(id, request, actor());
    }

    @Override
    public Incidents.Event editIncidentNote(String id, long seq, String text) {
        guard.require(Operation.INCIDENTS_EDIT_NOTE);
        return engine.incidents().editNote(id, seq, text, actor());
    }

    @Override
    public Incidents.Event pinIncidentEvent(String id, long seq, boolean pinned) {
        guard.require(Operation.INCIDENTS_PIN);
        return engine.incidents().pin(id, seq, pinned);
    }

    @Override
    public Incidents.Incident changeIncidentSeverity(String id, Incidents.Severity severity, String why) {
        guard.require(Operation.INCIDENTS_SEVERITY);
        return engine.incidents().changeSeverity(id, severity, why, actor());
    }

    @Override
    public Incidents.Incident changeIncidentStatus(String id, Incidents.Status status, String why) {
        guard.require(Operation.INCIDENTS_STATUS);
        return engine.incidents().changeStatus(id, status, why, actor());
    }

    @Override
    public Incidents.Incident resolveIncident(String id, Incidents.ResolveRequest request) {
        guard.require(Operation.INCIDENTS_RESOLVE);
        engine.incidents().resolve(id, request, actor());
        IncidentSnapshots.record(engine.incidents(), id, "resolution", this::kpiSnapshot, actor());
        return engine.incidents().get(id);
    }

    @Override
    public List<Incidents.Communication> incidentCommunications(String id) {
        guard.require(Operation.INCIDENTS_COMMUNICATIONS);
        return new IncidentCalls(engine).communications(id);
    }

    @Override
    public Incidents.Event markCommunicationSent(String id, String templateId, String text, String channel) {
        guard.require(Operation.INCIDENTS_COMMUNICATION_SENT);
        return new IncidentCalls(engine).sent(id, templateId, text, channel, actor());
    }

    @Override
    public Incidents.Report incidentReport(String id) {
        guard.require(Operation.INCIDENTS_REPORT);
        return new IncidentCalls(engine).report(id);
    }

    /** Closes the engine only when {@link #open(Workspace)} created it; views of a shared engine close nothing. */
    @Override
    public Runbooks.StepResult runbookCommand(Runbooks.CommandRequest request) {
        String target = request == null ? null : request.runbookId() + "/" + request.stepId();
        // only the parameter names: which values are secret is known to the runbook, not to the audit log
        return guard.remediate(Operation.RUNBOOKS_COMMAND, target, request == null ? Map.of()
                : Map.of("params", List.copyOf(request.params().keySet())),
                () -> new RunbookCalls(engine, guard.caller()).command(this, request));
    }

    @Override
    public Runbooks.RunRecord recordRunbookRun(Runbooks.RunRecord run) {
        guard.require(Operation.RUNBOOK_RUNS_RECORD);
        return new RunbookCalls(engine, guard.caller()).record(run);
    }

    @Override
    public List<Runbooks.RunRecord> runbookRuns(int limit) {
        guard.require(Operation.RUNBOOK_RUNS_LIST);
        return new RunbookCalls(engine, guard.caller()).recent(limit);
    }

    @Override
    public List<Runbooks.Source> runbookSources() {
        guard.require(Operation.RUNBOOKS_SOURCES);
        return dev.clio.runbook.RunbookCatalog.sources(engine.workspace().runbooks());
    }

    @Override
    public void close() {
        if (ownsEngine) {
            engine.close();
        }
    }

    /** Who a timeline entry names: the caller's identity ({@code key:clio_AbCdEfG}, {@code local:alice}). */
    private String actor() {
        return guard.caller().identity();
    }

    private ContainerCalls containerCalls() {
        return new ContainerCalls(engine.containers());
    }

    /** Audited with the container as target and the engine endpoint as parameter, like every remediation. */
    private Resources.ActionResult containerAction(Operation operation, String container,
            java.util.function.Function<dev.clio.integrations.docker.ContainerGateway, String> call) {
        guard.require(operation);
        Containers.checkName(container);
        ContainerCalls calls = containerCalls();
        return guard.remediate(operation, container, Map.of("engine", calls.endpoint()),
                () -> calls.act(operation.id(), container, call));
    }

    private DatabaseCalls database() {
        return new DatabaseCalls(engine.diagnostics(), engine.database().dialect().name().toLowerCase(
                java.util.Locale.ROOT));
    }

    private static Resources.LogQuery query(Resources.LogQuery query) {
        return query == null ? new Resources.LogQuery(null, null, null, null, null, 0) : query;
    }

    private static void requireRequest(Workflows.ExecuteRequest request) {
        if (request == null) {
            throw OpsException.invalid("request body: required, with at least workflow_file");
        }
    }

    private static Map<String, Object> executeParams(Workflows.ExecuteRequest r) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("dry_run", r.dryRun());
        if (r.maxTokens() != null) {
            params.put("max_tokens", r.maxTokens());
        }
        if (!r.inputs().isEmpty()) {
            params.put("inputs", r.inputs().keySet());
        }
        return params;
    }
}
