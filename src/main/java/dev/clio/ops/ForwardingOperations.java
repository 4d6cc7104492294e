package dev.clio.ops;

import dev.clio.ops.Resources.LogEntry;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Operations that pass every call to another instance: the base of decorators that add to a few calls (paging on
 * incident changes) and leave the rest alone. Closing it closes the delegate.
 */
public abstract class ForwardingOperations implements Operations {

    protected final Operations delegate;

    protected ForwardingOperations(Operations delegate) {
        this.delegate = java.util.Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Health.Report health() {
        return delegate.health();
    }

    @Override
    public Health.Readiness ready() {
        return delegate.ready();
    }

    @Override
    public Health.Info info() {
        return delegate.info();
    }

    @Override
    public Health.Identity whoami() {
        return delegate.whoami();
    }

    @Override
    public Metrics.Summary metricsSummary(Duration window) {
        return delegate.metricsSummary(window);
    }

    @Override
    public Metrics.TokenUsage tokenUsage() {
        return delegate.tokenUsage();
    }

    @Override
    public Metrics.KpiSnapshot kpiSnapshot() {
        return delegate.kpiSnapshot();
    }

    @Override
    public Metrics.Growth growth(int days) {
        return delegate.growth(days);
    }

    @Override
    public List<dev.clio.ops.AdapterState> adapters() {
        return delegate.adapters();
    }

    @Override
    public List<Workflows.Summary> workflows() {
        return delegate.workflows();
    }

    @Override
    public Workflows.Verification verify(String workflowFile) {
        return delegate.verify(workflowFile);
    }

    @Override
    public Workflows.Source workflowSource(String workflowFile) {
        return delegate.workflowSource(workflowFile);
    }

    @Override
    public Workflows.Verification saveWorkflow(String workflowFile, String text) {
        return delegate.saveWorkflow(workflowFile, text);
    }

    @Override
    public Workflows.Execution execute(Workflows.ExecuteRequest request) {
        return delegate.execute(request);
    }

    @Override
    public Workflows.Plan plan(Workflows.ExecuteRequest request) {
        return delegate.plan(request);
    }

    @Override
    public Workflows.Execution execution(String executionId) {
        return delegate.execution(executionId);
    }

    @Override
    public List<Workflows.Execution> history(int limit) {
        return delegate.history(limit);
    }

    @Override
    public Workflows.Execution cancel(String executionId) {
        return delegate.cancel(executionId);
    }

    @Override
    public Workflows.Execution resume(String executionId) {
        return delegate.resume(executionId);
    }

    @Override
    public Workflows.HealthCheck healthCheckStatus() {
        return delegate.healthCheckStatus();
    }

    @Override
    public List<LogEntry> logs(Resources.LogQuery query) {
        return delegate.logs(query);
    }

    @Override
    public Subscription streamLogs(Resources.LogQuery query, Consumer<LogEntry> sink) {
        return delegate.streamLogs(query, sink);
    }

    @Override
    public List<Resources.ConfigEntry> config() {
        return delegate.config();
    }

    @Override
    public List<Resources.ConfigFinding> validateConfig() {
        return delegate.validateConfig();
    }

    @Override
    public Resources.ActionResult setConfig(String key, String value) {
        return delegate.setConfig(key, value);
    }

    @Override
    public List<Resources.ArtifactInfo> artifacts() {
        return delegate.artifacts();
    }

    @Override
    public Resources.CleanResult cleanArtifacts(boolean dryRun) {
        return delegate.cleanArtifacts(dryRun);
    }

    @Override
    public Resources.SystemStatus system() {
        return delegate.system();
    }

    @Override
    public Resources.ActionResult runGc() {
        return delegate.runGc();
    }

    @Override
    public Resources.DbStatus dbStatus() {
        return delegate.dbStatus();
    }

    @Override
    public Resources.Table dbActivity() {
        return delegate.dbActivity();
    }

    @Override
    public Resources.Table dbSlowQueries() {
        return delegate.dbSlowQueries();
    }

    @Override
    public Resources.Table dbLocks() {
        return delegate.dbLocks();
    }

    @Override
    public Resources.ActionResult dbCreateIndexes() {
        return delegate.dbCreateIndexes();
    }

    @Override
    public Resources.ActionResult dbVacuum() {
        return delegate.dbVacuum();
    }

    @Override
    public List<Containers.Container> containers() {
        return delegate.containers();
    }

    @Override
    public List<Containers.Stats> containerStats() {
        return delegate.containerStats();
    }

    @Override
    public List<Containers.LogLine> containerLogs(String container, Containers.LogQuery query) {
        return delegate.containerLogs(container, query);
    }

    @Override
    public Subscription streamContainerLogs(String container, Containers.LogQuery query, Consumer<Containers.LogLine> sink) {
        return delegate.streamContainerLogs(container, query, sink);
    }

    @Override
    public Resources.ActionResult startContainer(String container) {
        return delegate.startContainer(container);
    }

    @Override
    public Resources.ActionResult stopContainer(String container) {
        return delegate.stopContainer(container);
    }

    @Override
    public Resources.ActionResult restartContainer(String container) {
        return delegate.restartContainer(container);
    }

    @Override
    public Resources.ActionResult killContainer(String container) {
        return delegate.killContainer(container);
    }

    @Override
    public List<Resources.AuditEntry> audit(Resources.AuditQuery query) {
        return delegate.audit(query);
    }

    @Override
    public Incidents.Incident openIncident(Incidents.OpenRequest request) {
        return delegate.openIncident(request);
    }

    @Override
    public List<Incidents.Incident> incidents(int limit) {
        return delegate.incidents(limit);
    }

    @Override
    public Incidents.Incident incident(String id) {
        return delegate.incident(id);
    }

    @Override
    public Incidents.EventPage incidentEvents(String id, long sinceSeq, Incidents.EventKind kind) {
        return delegate.incidentEvents(id, sinceSeq, kind);
    }

    @Override
    public Incidents.Event recordIncidentEvent(String id, Incidents.EventRequest request) {
        return delegate.recordIncidentEvent(id, request);
    }

    @Override
    public Incidents.Event editIncidentNote(String id, long seq, String text) {
        return delegate.editIncidentNote(id, seq, text);
    }

    @Override
    public Incidents.Event pinIncidentEvent(String id, long seq, boolean pinned) {
        return delegate.pinIncidentEvent(id, seq, pinned);
    }

    @Override
    public Incidents.Incident changeIncidentSeverity(String id, Incidents.Severity severity, String why) {
        return delegate.changeIncidentSeverity(id, severity, why);
    }

    @Override
    public Incidents.Incident changeIncidentStatus(String id, Incidents.Status status, String why) {
        return delegate.changeIncidentStatus(id, status, why);
    }

    @Override
    public Incidents.Incident resolveIncident(String id, Incidents.ResolveRequest request) {
        return delegate.resolveIncident(id, request);
    }

    @Override
    public List<Incidents.Communication> incidentCommunications(String id) {
        return delegate.incidentCommunications(id);
    }

    @Override
    public Incidents.Event markCommunicationSent(String id, String templateId, String text, String channel) {
        return delegate.markCommunicationSent(id, templateId, text, channel);
    }

    @Override
    public Incidents.Report incidentReport(String id) {
        return delegate.incidentReport(id);
    }

    @Override
    public Runbooks.StepResult runbookCommand(Runbooks.CommandRequest request) {
        return delegate.runbookCommand(request);
    }

    @Override
    public Runbooks.RunRecord recordRunbookRun(Runbooks.RunRecord run) {
        return delegate.recordRunbookRun(run);
    }

    @Override
    public List<Runbooks.RunRecord> runbookRuns(int limit) {
        return delegate.runbookRuns(limit);
    }

    @Override
    public List<Runbooks.Source> runbookSources() {
        return delegate.runbookSources();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
