package dev.clio.ops.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.integrations.api.ApiClient;
import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.ApiResponse;
import dev.clio.ops.AdapterState;
import dev.clio.ops.Containers;
import dev.clio.ops.Health;
import dev.clio.ops.Incidents;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.ops.Runbooks;
import dev.clio.ops.Workflows;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link Operations} over a server's {@code /api/v1} API: every call is one HTTP request (see {@link RemotePaths}),
 * every answer one of the same records the embedded implementation returns, every failure the same
 * {@link dev.clio.ops.OpsException} kind, with a message that names the server when the network is at fault.
 *
 * <p>The caller identity is the API key given at {@link #connect}. Nothing is contacted until the first call, and a
 * server that went away is retried on every call, so a session recovers by itself when the server is back.
 */
public final class RemoteOperations implements Operations {

    private final ApiClient api;
    private final IncidentRequests incidents;

    private RemoteOperations(ApiClient api) {
        this.api = api;
        this.incidents = new IncidentRequests(api, this::list);
    }

    /**
     * @param caCertOrNull a PEM file with the CA certificate of an https server that uses its own; null for the JVM's
     *     default trust
     * @throws dev.clio.ops.OpsException INVALID_REQUEST when the URL or the CA certificate cannot be used
     */
    public static RemoteOperations connect(URI baseUrl, String apiKey, Path caCertOrNull) {
        try {
            return connect(ApiClientConfig.defaults(baseUrl, apiKey, caCertOrNull));
        } catch (IllegalArgumentException e) {
            throw dev.clio.ops.OpsException.invalid(e.getMessage());
        }
    }

    /** Connects with explicit timeouts and retry policy. */
    public static RemoteOperations connect(ApiClientConfig config) {
        return new RemoteOperations(ApiClient.open(config));
    }

    @Override
    public Health.Report health() {
        return api.read(api.get(RemotePaths.HEALTH, Map.of(), 503).body(), Health.Report.class);
    }

    @Override
    public Health.Readiness ready() {
        return api.read(api.get(RemotePaths.READY, Map.of(), 503).body(), Health.Readiness.class);
    }

    @Override
    public Health.Identity whoami() {
        return get(RemotePaths.WHOAMI, Health.Identity.class);
    }

    @Override
    public Health.Info info() {
        Health.Info i = get(RemotePaths.INFO, Health.Info.class);
        // the server reports its own mode; this view of it is remote
        return new Health.Info(i.name(), i.version(), i.uptimeSeconds(), i.environment(), "remote", i.features(),
                i.startedAt());
    }

    @Override
    public Metrics.Summary metricsSummary(Duration window) {
        return api.read(api.get(RemotePaths.METRICS_SUMMARY, Queries.window(window)).body(), Metrics.Summary.class);
    }

    @Override
    public Metrics.TokenUsage tokenUsage() {
        return get(RemotePaths.TOKENS, Metrics.TokenUsage.class);
    }

    @Override
    public Metrics.KpiSnapshot kpiSnapshot() {
        return get(RemotePaths.KPI, Metrics.KpiSnapshot.class);
    }

    /** The server, not the client, refuses a bad {@code days}, so both modes answer it in the same words. */
    @Override
    public Metrics.Growth growth(int days) {
        return api.read(api.get(RemotePaths.GROWTH, Map.of("days", Integer.toString(days))).body(),
                Metrics.Growth.class);
    }

    @Override
    public List<AdapterState> adapters() {
        return list(api.get(RemotePaths.ADAPTERS, Map.of()), "adapters", AdapterState.class);
    }

    @Override
    public List<Workflows.Summary> workflows() {
        return list(api.get(RemotePaths.WORKFLOWS, Map.of()), "workflows", Workflows.Summary.class);
    }

    @Override
    public Workflows.Verification verify(String workflowFile) {
        return post(RemotePaths.VERIFY, Collections.singletonMap("workflow_file", workflowFile),
                Workflows.Verification.class);
    }

    @Override
    public Workflows.Source workflowSource(String workflowFile) {
        return post(RemotePaths.SOURCE, Collections.singletonMap("workflow_file", workflowFile),
                Workflows.Source.class);
    }

    @Override
    public Workflows.Verification saveWorkflow(String workflowFile, String text) {
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("workflow_file", workflowFile);
        body.put("text", text);
        return post(RemotePaths.SAVE, body, Workflows.Verification.class);
    }

    @Override
    public Workflows.Execution execute(Workflows.ExecuteRequest request) {
        return post(RemotePaths.EXECUTE, request, Workflows.Execution.class);
    }

    @Override
    public Workflows.Plan plan(Workflows.ExecuteRequest request) {
        return post(RemotePaths.PLAN, request, Workflows.Plan.class);
    }

    @Override
    public Workflows.Execution execution(String executionId) {
        return get(RemotePaths.execution(executionId, ""), Workflows.Execution.class);
    }

    @Override
    public List<Workflows.Execution> history(int limit) {
        return list(api.get(RemotePaths.EXECUTIONS, Queries.limit(limit)), "executions", Workflows.Execution.class);
    }

    @Override
    public Workflows.Execution cancel(String executionId) {
        return post(RemotePaths.execution(executionId, "/cancel"), null, Workflows.Execution.class);
    }

    @Override
    public Workflows.Execution resume(String executionId) {
        return post(RemotePaths.execution(executionId, "/resume"), null, Workflows.Execution.class);
    }

    @Override
    public Workflows.HealthCheck healthCheckStatus() {
        return get(RemotePaths.HEALTH_CHECK, Workflows.HealthCheck.class);
    }

    @Override
    public List<Resources.LogEntry> logs(Resources.LogQuery query) {
        return list(api.get(RemotePaths.LOGS, Queries.logs(query)), "entries", Resources.LogEntry.class);
    }

    /**
     * Opens {@code GET /api/v1/logs/stream} on the client's stream connection and returns once the server accepted
     * it; lines then reach {@code sink} on the stream's thread. If the server goes away the stream ends (see
     * {@link LogSubscription#failure()}); open a new one to resume.
     */
    @Override
    public LogSubscription streamLogs(Resources.LogQuery query, Consumer<Resources.LogEntry> sink) {
        return LogSubscription.open(api, Queries.logs(query), sink);
    }

    @Override
    public List<Resources.ConfigEntry> config() {
        return list(api.get(RemotePaths.CONFIG, Map.of()), "config", Resources.ConfigEntry.class);
    }

    @Override
    public List<Resources.ConfigFinding> validateConfig() {
        return list(api.get(RemotePaths.CONFIG_VALIDATE, Map.of()), "findings", Resources.ConfigFinding.class);
    }

    @Override
    public Resources.ActionResult setConfig(String key, String value) {
        return api.read(api.put(RemotePaths.config(key), Collections.singletonMap("value", value)).body(),
                Resources.ActionResult.class);
    }

    @Override
    public List<Resources.ArtifactInfo> artifacts() {
        return list(api.get(RemotePaths.ARTIFACTS, Map.of()), "artifacts", Resources.ArtifactInfo.class);
    }

    @Override
    public Resources.CleanResult cleanArtifacts(boolean dryRun) {
        return post(RemotePaths.ARTIFACTS_CLEAN, Map.of("dry_run", dryRun), Resources.CleanResult.class);
    }

    @Override
    public Resources.SystemStatus system() {
        return get(RemotePaths.SYSTEM, Resources.SystemStatus.class);
    }

    @Override
    public Resources.ActionResult runGc() {
        return post(RemotePaths.SYSTEM_GC, null, Resources.ActionResult.class);
    }

    @Override
    public Resources.DbStatus dbStatus() {
        return get(RemotePaths.DB_STATUS, Resources.DbStatus.class);
    }

    @Override
    public Resources.Table dbActivity() {
        return get(RemotePaths.DB_ACTIVITY, Resources.Table.class);
    }

    @Override
    public Resources.Table dbSlowQueries() {
        return get(RemotePaths.DB_SLOW_QUERIES, Resources.Table.class);
    }

    @Override
    public Resources.Table dbLocks() {
        return get(RemotePaths.DB_LOCKS, Resources.Table.class);
    }

    @Override
    public Resources.ActionResult dbCreateIndexes() {
        return post(RemotePaths.DB_CREATE_INDEXES, null, Resources.ActionResult.class);
    }

    @Override
    public Resources.ActionResult dbVacuum() {
        return post(RemotePaths.DB_VACUUM, null, Resources.ActionResult.class);
    }

    @Override
    public List<Resources.AuditEntry> audit(Resources.AuditQuery query) {
        return list(api.get(RemotePaths.AUDIT, Queries.audit(query)), "entries", Resources.AuditEntry.class);
    }

    @Override
    public List<Containers.Container> containers() {
        return list(api.get(RemotePaths.CONTAINERS, Map.of()), "containers", Containers.Container.class);
    }

    @Override
    public List<Containers.Stats> containerStats() {
        return list(api.get(RemotePaths.CONTAINER_STATS, Map.of()), "stats", Containers.Stats.class);
    }

    @Override
    public List<Containers.LogLine> containerLogs(String container, Containers.LogQuery query) {
        return list(api.get(RemotePaths.container(container, "/logs"), Queries.containerLogs(query)), "lines",
                Containers.LogLine.class);
    }

    /** Opens the container's {@code /logs/stream} on the stream connection; see {@link #streamLogs}. */
    @Override
    public StreamSubscription streamContainerLogs(String container, Containers.LogQuery query,
            Consumer<Containers.LogLine> sink) {
        return StreamSubscription.open(api, RemotePaths.container(container, "/logs/stream"),
                Queries.containerLogs(query), "line", Containers.LogLine.class, sink);
    }

    @Override
    public Resources.ActionResult startContainer(String container) {
        return post(RemotePaths.container(container, "/start"), null, Resources.ActionResult.class);
    }

    @Override
    public Resources.ActionResult stopContainer(String container) {
        return post(RemotePaths.container(container, "/stop"), null, Resources.ActionResult.class);
    }

    @Override
    public Resources.ActionResult restartContainer(String container) {
        return post(RemotePaths.container(container, "/restart"), null, Resources.ActionResult.class);
    }

    @Override
    public Resources.ActionResult killContainer(String container) {
        return post(RemotePaths.container(container, "/kill"), null, Resources.ActionResult.class);
    }

    @Override
    public Incidents.Incident openIncident(Incidents.OpenRequest request) {
        return incidents.open(request);
    }

    @Override
    public List<Incidents.Incident> incidents(int limit) {
        return incidents.list(limit);
    }

    @Override
    public Incidents.Incident incident(String id) {
        return incidents.get(id);
    }

    @Override
    public Incidents.EventPage incidentEvents(String id, long sinceSeq, Incidents.EventKind kind) {
        return incidents.events(id, sinceSeq, kind);
    }

    @Override
    public Incidents.Event recordIncidentEvent(String id, Incidents.EventRequest request) {
        return incidents.record(id, request);
    }

    @Override
    public Incidents.Event editIncidentNote(String id, long seq, String text) {
        return incidents.editNote(id, seq, text);
    }

    @Override
    public Incidents.Event pinIncidentEvent(String id, long seq, boolean pinned) {
        return incidents.pin(id, seq, pinned);
    }

    @Override
    public Incidents.Incident changeIncidentSeverity(String id, Incidents.Severity severity, String why) {
        return incidents.severity(id, severity, why);
    }

    @Override
    public Incidents.Incident changeIncidentStatus(String id, Incidents.Status status, String why) {
        return incidents.status(id, status, why);
    }

    @Override
    public Incidents.Incident resolveIncident(String id, Incidents.ResolveRequest request) {
        return incidents.resolve(id, request);
    }

    @Override
    public List<Incidents.Communication> incidentCommunications(String id) {
        return incidents.communications(id);
    }

    @Override
    public Incidents.Event markCommunicationSent(String id, String templateId, String text, String channel) {
        return incidents.sent(id, templateId, text, channel);
    }

    @Override
    public Incidents.Report incidentReport(String id) {
        return incidents.report(id);
    }

    /** Ends open log streams; further calls are not expected. */
    @Override
    public void close() {
        api.close();
    }

    @Override
    public Runbooks.StepResult runbookCommand(Runbooks.CommandRequest request) {
        return post(RemotePaths.RUNBOOK_COMMAND, request, Runbooks.StepResult.class);
    }

    @Override
    public Runbooks.RunRecord recordRunbookRun(Runbooks.RunRecord run) {
        return post(RemotePaths.RUNBOOK_RUNS, run, Runbooks.RunRecord.class);
    }

    @Override
    public List<Runbooks.RunRecord> runbookRuns(int limit) {
        return list(api.get(RemotePaths.RUNBOOK_RUNS, Map.of("limit", String.valueOf(limit))), "runs",
                Runbooks.RunRecord.class);
    }

    @Override
    public List<Runbooks.Source> runbookSources() {
        return list(api.get(RemotePaths.RUNBOOK_SOURCES, Map.of()), "runbooks", Runbooks.Source.class);
    }

    private <T> T get(String path, Class<T> type) {
        return api.read(api.get(path, Map.of()).body(), type);
    }

    private <T> T post(String path, Object body, Class<T> type) {
        return api.read(api.post(path, body).body(), type);
    }

    /** Reads a named list out of an answer. */
    interface Lists {
        <T> List<T> list(ApiResponse response, String field, Class<T> type);
    }

    private <T> List<T> list(ApiResponse response, String field, Class<T> type) {
        JsonNode items = response.body().path(field);
        if (!items.isArray()) {
            throw new dev.clio.ops.OpsException(dev.clio.ops.OpsException.Kind.INTERNAL, "The server at "
                    + api.config().origin() + " answered without the '" + field + "' list this client expects; "
                    + "are client and server the same version?");
        }
        List<T> out = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            out.add(api.read(item, type));
        }
        return List.copyOf(out);
    }
}
