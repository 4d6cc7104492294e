package dev.clio.server;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.ops.AdapterState;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.RequestStats;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small in-memory Operations for server tests: realistic records, every call recorded with its arguments, and a
 * switch that makes the next calls fail with a given {@link OpsException.Kind}.
 */
final class InMemoryOperations implements Operations {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    record Call(String name, List<Object> args) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<Consumer<Resources.LogEntry>> sinks = new CopyOnWriteArrayList<>();
    final List<Boolean> closedStreams = new CopyOnWriteArrayList<>();
    private final RequestStats stats;
    private volatile OpsException failure;
    private volatile RuntimeException crash;
    volatile boolean healthy = true;

    private final boolean recordCalls;

    InMemoryOperations(RequestStats stats) {
        this(stats, true);
    }

    /** With {@code recordCalls} false nothing accumulates, for benchmarks. */
    InMemoryOperations(RequestStats stats, boolean recordCalls) {
        this.stats = stats;
        this.recordCalls = recordCalls;
    }

    /** Every call fails with this kind and message from now on; a null kind makes calls succeed again. */
    void failWith(OpsException.Kind kind, String message) {
        failure = kind == null ? null : new OpsException(kind, message);
    }

    void crashWith(RuntimeException e) {
        crash = e;
    }

    Call last() {
        return calls.isEmpty() ? null : calls.get(calls.size() - 1);
    }

    private void called(String name, Object... args) {
        if (recordCalls) {
            calls.add(new Call(name, Arrays.asList(args)));
        }
        if (crash != null) {
            throw crash;
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Health.Report health() {
        called("health");
        return healthy ? new Health.Report("healthy", "All checks passing",
                List.of(new Health.Check("workflow_schemas", "healthy", "Check passed")), T0)
                : new Health.Report("unhealthy", "1 checks failing",
                        List.of(new Health.Check("artifacts_directory", "unhealthy", "Check failed")), T0);
    }

    @Override
    public Health.Readiness ready() {
        called("ready");
        return new Health.Readiness(healthy, healthy ? "ready" : "Service is not ready to accept requests");
    }

    @Override
    public Health.Identity whoami() {
        called("whoami");
        return new Health.Identity("local:test", dev.clio.security.Role.ADMIN, null);
    }

    @Override
    public Health.Info info() {
        called("info");
        return new Health.Info("cli-orchestrator", "0.1.0", 42, "development", "embedded",
                Map.of("metrics", true), T0);
    }

    @Override
    public Metrics.Summary metricsSummary(Duration window) {
        called("metricsSummary", window);
        RequestStats.Snapshot s = stats.snapshot(window);
        return new Metrics.Summary(window.toString(), s.totalRequests(), s.errorRequests(), s.errorRate(),
                s.latency(), s.endpoints(), s.errors(), 10, 9, 1, 0.9, 12.5);
    }

    @Override
    public Metrics.TokenUsage tokenUsage() {
        called("tokenUsage");
        return new Metrics.TokenUsage(1200, 100_000, 98_800, Map.of("PY_EDIT_TRIAGE", 1200L), 50.0, null);
    }

    @Override
    public Metrics.KpiSnapshot kpiSnapshot() {
        called("kpiSnapshot");
        return new Metrics.KpiSnapshot(T0, List.of(new Metrics.KpiReading("api.p95", 12.0, "ms", T0, null)));
    }

    @Override
    public Metrics.Growth growth(int days) {
        called("growth", days);
        java.time.LocalDate day = java.time.LocalDate.ofInstant(T0, java.time.ZoneOffset.UTC);
        return new Metrics.Growth(day, day, List.of(new Metrics.GrowthDay(day, 2, 3, 2, 1, 40)));
    }

    @Override
    public List<AdapterState> adapters() {
        called("adapters");
        return List.of(new AdapterState("code_fixers", "deterministic", true, null, "1.0", 0),
                new AdapterState("ai_editor", "ai", false, "aider not installed", null, 500));
    }

    @Override
    public List<Workflows.Summary> workflows() {
        called("workflows");
        return List.of(new Workflows.Summary(".ai/workflows/PY_EDIT_TRIAGE.yaml", "PY_EDIT_TRIAGE", 3, true, 0, 0));
    }

    @Override
    public Workflows.Source workflowSource(String workflowFile) {
        called("workflowSource", workflowFile);
        return new Workflows.Source(workflowFile, "name: in-memory\nsteps: []\n");
    }

    @Override
    public Workflows.Verification saveWorkflow(String workflowFile, String text) {
        called("saveWorkflow", workflowFile);
        return new Workflows.Verification(workflowFile, true, List.of());
    }

    @Override
    public Workflows.Verification verify(String workflowFile) {
        called("verify", workflowFile);
        return new Workflows.Verification(workflowFile, false, List.of(new Diagnostic(workflowFile, 3, 5, 3, 9,
                Diagnostic.Severity.ERROR, "schema", "/steps/0/id", "step 0 › id", "id must match X.YYY")));
    }

    @Override
    public Workflows.Execution execute(Workflows.ExecuteRequest request) {
        called("execute", request);
        return execution("exec_abc123def456", "running");
    }

    @Override
    public Workflows.Plan plan(Workflows.ExecuteRequest request) {
        called("plan", request);
        return new Workflows.Plan("PY_EDIT_TRIAGE", List.of(List.of("1.001")), List.of(new Workflows.PlannedStep(
                "1.001", "Lint", "code_fixers", "code_fixers", "deterministic", 0, true)), 0, 100_000, true);
    }

    @Override
    public Workflows.Execution execution(String executionId) {
        called("execution", executionId);
        if (!executionId.startsWith("exec_")) {
            throw OpsException.notFound("no execution " + executionId);
        }
        return execution(executionId, "succeeded");
    }

    @Override
    public List<Workflows.Execution> history(int limit) {
        called("history", limit);
        return List.of(execution("exec_abc123def456", "succeeded"));
    }

    @Override
    public Workflows.Execution cancel(String executionId) {
        called("cancel", executionId);
        return execution(executionId, "cancelled");
    }

    @Override
    public Workflows.Execution resume(String executionId) {
        called("resume", executionId);
        return execution(executionId, "running");
    }

    @Override
    public Workflows.HealthCheck healthCheckStatus() {
        called("healthCheckStatus");
        return new Workflows.HealthCheck("healthy", new Workflows.Verification("HEALTH_CHECK.yaml", true, List.of()),
                null);
    }

    @Override
    public List<Resources.LogEntry> logs(Resources.LogQuery query) {
        called("logs", query);
        return List.of(entry("workflow_execution_failed"));
    }

    @Override
    public Subscription streamLogs(Resources.LogQuery query, Consumer<Resources.LogEntry> sink) {
        called("streamLogs", query);
        sinks.add(sink);
        return () -> {
            sinks.remove(sink);
            closedStreams.add(true);
        };
    }

    @Override
    public List<Resources.ConfigEntry> config() {
        called("config");
        return List.of(new Resources.ConfigEntry("port", "8080", "default", false),
                new Resources.ConfigEntry("jwt_secret", "super-secret-value", "env", true));
    }

    @Override
    public List<Resources.ConfigFinding> validateConfig() {
        called("validateConfig");
        return List.of(new Resources.ConfigFinding("warning", "environment", "environment is development"));
    }

    @Override
    public Resources.ActionResult setConfig(String key, String value) {
        called("setConfig", key, value);
        return new Resources.ActionResult("config.set", true, key + " set");
    }

    @Override
    public List<Resources.ArtifactInfo> artifacts() {
        called("artifacts");
        return List.of(new Resources.ArtifactInfo("artifacts/diagnostics.json", 120, T0));
    }

    @Override
    public Resources.CleanResult cleanArtifacts(boolean dryRun) {
        called("cleanArtifacts", dryRun);
        return new Resources.CleanResult(dryRun, List.of("artifacts/x.tmp"), 10);
    }

    @Override
    public Resources.SystemStatus system() {
        called("system");
        return new Resources.SystemStatus(100, 50, 200, 12, 3.5, 20.0, 40.0, 1000, 500, 50.0, 2, T0);
    }

    @Override
    public Resources.ActionResult runGc() {
        called("runGc");
        return new Resources.ActionResult("system.gc", true, "freed 10 MB");
    }

    @Override
    public Resources.DbStatus dbStatus() {
        called("dbStatus");
        return new Resources.DbStatus("sqlite", true, "3.50.3", 0.4, "ok");
    }

    @Override
    public Resources.Table dbActivity() {
        called("dbActivity");
        return table("activity");
    }

    @Override
    public Resources.Table dbSlowQueries() {
        called("dbSlowQueries");
        return table("slow queries");
    }

    @Override
    public Resources.Table dbLocks() {
        called("dbLocks");
        return table("locks");
    }

    @Override
    public Resources.ActionResult dbCreateIndexes() {
        called("dbCreateIndexes");
        return new Resources.ActionResult("db.create-indexes", true, "3 indexes created");
    }

    @Override
    public Resources.ActionResult dbVacuum() {
        called("dbVacuum");
        return new Resources.ActionResult("db.vacuum", true, "vacuumed");
    }

    @Override
    public List<dev.clio.ops.Containers.Container> containers() {
        called("containers");
        return List.of(new dev.clio.ops.Containers.Container("c0ffee", "web-1", "localhost/busybox:latest",
                "running", "none", "Up 5 minutes", T0, T0, 300L, 0, "shop"));
    }

    @Override
    public List<dev.clio.ops.Containers.Stats> containerStats() {
        called("containerStats");
        return List.of();
    }

    @Override
    public List<dev.clio.ops.Containers.LogLine> containerLogs(String container, dev.clio.ops.Containers.LogQuery q) {
        called("containerLogs", container, q);
        return List.of(new dev.clio.ops.Containers.LogLine(T0, "stdout", "hello"));
    }

    @Override
    public Subscription streamContainerLogs(String container, dev.clio.ops.Containers.LogQuery query,
            java.util.function.Consumer<dev.clio.ops.Containers.LogLine> sink) {
        called("streamContainerLogs", container);
        return () -> { };
    }

    @Override
    public Resources.ActionResult startContainer(String container) {
        called("startContainer", container);
        return new Resources.ActionResult("containers.start", true, container + " started");
    }

    @Override
    public Resources.ActionResult stopContainer(String container) {
        called("stopContainer", container);
        return new Resources.ActionResult("containers.stop", true, container + " stopped");
    }

    @Override
    public Resources.ActionResult restartContainer(String container) {
        called("restartContainer", container);
        return new Resources.ActionResult("containers.restart", true, container + " restarted");
    }

    @Override
    public Resources.ActionResult killContainer(String container) {
        called("killContainer", container);
        return new Resources.ActionResult("containers.kill", true, container + " killed");
    }

    @Override
    public dev.clio.ops.Runbooks.StepResult runbookCommand(dev.clio.ops.Runbooks.CommandRequest request) {
        called("runbookCommand", request.runbookId() + "/" + request.stepId());
        return new dev.clio.ops.Runbooks.StepResult(request.runbookId(), request.stepId(), "command", "ok", "none",
                "ran", null, "runbooks.command", dev.clio.ops.Runbooks.Display.none(),
                new dev.clio.ops.Runbooks.Digest(List.of(), List.of(), 0, ""), 0, request.params());
    }

    @Override
    public dev.clio.ops.Runbooks.RunRecord recordRunbookRun(dev.clio.ops.Runbooks.RunRecord run) {
        called("recordRunbookRun", run.runbookId());
        return run;
    }

    @Override
    public List<dev.clio.ops.Runbooks.RunRecord> runbookRuns(int limit) {
        called("runbookRuns", String.valueOf(limit));
        return List.of();
    }

    @Override
    public List<dev.clio.ops.Runbooks.Source> runbookSources() {
        called("runbookSources");
        return List.of();
    }

    @Override
    public List<Resources.AuditEntry> audit(Resources.AuditQuery query) {
        called("audit", query);
        return List.of(new Resources.AuditEntry(T0, "key:clio_AbCdEfG", "operator", "system.gc", "/api/v1/system/gc",
                Map.of(), "ok", null, 3));
    }

    // the incident routes are tested over the real engine (OperationsContract); this fake only says so
    @Override
    public dev.clio.ops.Incidents.Incident openIncident(dev.clio.ops.Incidents.OpenRequest request) {
        throw incidents("openIncident");
    }

    @Override
    public List<dev.clio.ops.Incidents.Incident> incidents(int limit) {
        throw incidents("incidents");
    }

    @Override
    public dev.clio.ops.Incidents.Incident incident(String id) {
        throw incidents("incident");
    }

    @Override
    public dev.clio.ops.Incidents.EventPage incidentEvents(String id, long sinceSeq,
            dev.clio.ops.Incidents.EventKind kind) {
        throw incidents("incidentEvents");
    }

    @Override
    public dev.clio.ops.Incidents.Event recordIncidentEvent(String id, dev.clio.ops.Incidents.EventRequest r) {
        throw incidents("recordIncidentEvent");
    }

    @Override
    public dev.clio.ops.Incidents.Event editIncidentNote(String id, long seq, String text) {
        throw incidents("editIncidentNote");
    }

    @Override
    public dev.clio.ops.Incidents.Event pinIncidentEvent(String id, long seq, boolean pinned) {
        throw incidents("pinIncidentEvent");
    }

    @Override
    public dev.clio.ops.Incidents.Incident changeIncidentSeverity(String id, dev.clio.ops.Incidents.Severity s,
            String why) {
        throw incidents("changeIncidentSeverity");
    }

    @Override
    public dev.clio.ops.Incidents.Incident changeIncidentStatus(String id, dev.clio.ops.Incidents.Status s,
            String why) {
        throw incidents("changeIncidentStatus");
    }

    @Override
    public dev.clio.ops.Incidents.Incident resolveIncident(String id, dev.clio.ops.Incidents.ResolveRequest r) {
        throw incidents("resolveIncident");
    }

    @Override
    public List<dev.clio.ops.Incidents.Communication> incidentCommunications(String id) {
        throw incidents("incidentCommunications");
    }

    @Override
    public dev.clio.ops.Incidents.Event markCommunicationSent(String id, String t, String text, String channel) {
        throw incidents("markCommunicationSent");
    }

    @Override
    public dev.clio.ops.Incidents.Report incidentReport(String id) {
        throw incidents("incidentReport");
    }

    private OpsException incidents(String name) {
        called(name);
        return OpsException.unavailable(name + " is not part of the in-memory fake");
    }

    @Override
    public void close() {
        // nothing to release
    }

    static Resources.LogEntry entry(String event) {
        return new Resources.LogEntry(T0, "ERROR", event, "PY_EDIT_TRIAGE", "step 1.001 failed",
                "{\"event\":\"" + event + "\"}");
    }

    private static Workflows.Execution execution(String id, String status) {
        return new Workflows.Execution(id, "PY_EDIT_TRIAGE", ".ai/workflows/PY_EDIT_TRIAGE.yaml", status, false,
                "key:clio_AbCdEfG", 150, null, T0, null, List.of());
    }

    private static Resources.Table table(String title) {
        return new Resources.Table(title, List.of("state", "count"), List.of(List.of("active", "1")), null);
    }
}
