package dev.clio.ops;

import dev.clio.ops.Resources.LogEntry;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The single vocabulary of the product: every console panel, runbook step, CLI command and API endpoint is one of
 * these calls. Two implementations, embedded (in-process) and remote (the server's {@code /api/v1}), pass one contract
 * test suite. An instance is bound to one caller identity, which remediations carry into the audit record.
 *
 * <p>Every method may block on IO: call it off the UI thread. Failures are {@link OpsException}s.
 */
public interface Operations extends AutoCloseable {

    /** The days {@link #growth(int)} covers unless told otherwise, and the most it covers. */
    int DEFAULT_GROWTH_DAYS = 30;
    int MAX_GROWTH_DAYS = 366;

    // Service Down
    Health.Report health();

    Health.Readiness ready();

    Health.Info info();

    /** The caller this instance is bound to and its role; every role may ask. */
    Health.Identity whoami();

    // High Error Rate, Token Budget Exceeded, KPIs
    Metrics.Summary metricsSummary(Duration window);

    Metrics.TokenUsage tokenUsage();

    Metrics.KpiSnapshot kpiSnapshot();

    /**
     * Capacity Planning, "Growth Monitoring": daily active users, executions (succeeded / failed) and tokens for each
     * of the last {@code days} UTC days, today included.
     *
     * @param days 1 to {@value #MAX_GROWTH_DAYS}; anything else is an {@link OpsException.Kind#INVALID_REQUEST}
     */
    Metrics.Growth growth(int days);

    // Adapter Not Available
    List<dev.clio.ops.AdapterState> adapters();

    // Workflow Execution Failures, Schema Validation Failed
    List<Workflows.Summary> workflows();

    Workflows.Verification verify(String workflowFile);

    /** The text of a workflow file of the workspace (named as for {@link #verify}). */
    Workflows.Source workflowSource(String workflowFile);

    /**
     * Validates {@code text} with the one validator and, when it has no errors, writes it atomically as
     * {@code workflowFile} under {@code .ai/workflows} (created or replaced). A name that leaves that folder, is not a
     * {@code .yaml}/{@code .yml} file or goes through a symbolic link is refused (INVALID_REQUEST); a text with errors
     * is refused with its first diagnostics (INVALID_REQUEST) and nothing is written.
     */
    Workflows.Verification saveWorkflow(String workflowFile, String text);

    /** Starts an execution and returns at once; poll {@link #execution(String)} for progress. */
    Workflows.Execution execute(Workflows.ExecuteRequest request);

    Workflows.Plan plan(Workflows.ExecuteRequest request);

    Workflows.Execution execution(String executionId);

    List<Workflows.Execution> history(int limit);

    Workflows.Execution cancel(String executionId);

    Workflows.Execution resume(String executionId);

    Workflows.HealthCheck healthCheckStatus();

    // Logs
    List<LogEntry> logs(Resources.LogQuery query);

    /** Streams new log lines matching the query until the subscription is closed. */
    Subscription streamLogs(Resources.LogQuery query, Consumer<LogEntry> sink);

    // Config
    List<Resources.ConfigEntry> config();

    List<Resources.ConfigFinding> validateConfig();

    Resources.ActionResult setConfig(String key, String value);

    // Artifacts
    List<Resources.ArtifactInfo> artifacts();

    /** Removes {@code *.tmp} and empty files under artifacts/; with dryRun only lists them. */
    Resources.CleanResult cleanArtifacts(boolean dryRun);

    // System (High Memory Usage, High Response Time)
    Resources.SystemStatus system();

    Resources.ActionResult runGc();

    // Database (High Database Load)
    Resources.DbStatus dbStatus();

    Resources.Table dbActivity();

    Resources.Table dbSlowQueries();

    Resources.Table dbLocks();

    Resources.ActionResult dbCreateIndexes();

    Resources.ActionResult dbVacuum();

    // Containers (the runbook's docker-compose ps / docker stats / logs / restart)
    /** Every container of the engine, running or not, by name. */
    List<Containers.Container> containers();

    /** A stats sample of every running container, taken in parallel; stopped containers have none. */
    List<Containers.Stats> containerStats();

    /** The container's log lines the query selects, oldest first. */
    List<Containers.LogLine> containerLogs(String container, Containers.LogQuery query);

    /**
     * Follows a container's log: the query's tail, then new lines, until the subscription is closed or the container
     * stops.
     */
    Subscription streamContainerLogs(String container, Containers.LogQuery query, Consumer<Containers.LogLine> sink);

    Resources.ActionResult startContainer(String container);

    /** Stops the container, waiting up to ten seconds for it to exit before it is killed. */
    Resources.ActionResult stopContainer(String container);

    Resources.ActionResult restartContainer(String container);

    Resources.ActionResult killContainer(String container);

    // Audit
    List<Resources.AuditEntry> audit(Resources.AuditQuery query);

    // Incidents (the seed's "Incident Management"; docs/incidents.md). Every write has committed when it returns.
    /** Declares an incident, investigating, with a detection entry; prints as {@code INC-YYYYMMDDHHMMSS}. */
    Incidents.Incident openIncident(Incidents.OpenRequest request);

    /** The newest incidents first; {@code limit} 1 to 1000, 0 or less for 50. */
    List<Incidents.Incident> incidents(int limit);

    Incidents.Incident incident(String id);

    /**
     * The timeline entries after {@code sinceSeq} (0 for all), oldest first, of one kind or (null) all, with the
     * incident as it is now: a console polls with the last seq it has to see others' entries.
     */
    Incidents.EventPage incidentEvents(String id, long sinceSeq, Incidents.EventKind kind);

    /** Appends a typed entry (a note, a runbook step, a container action, a command …) by this caller. */
    Incidents.Event recordIncidentEvent(String id, Incidents.EventRequest request);

    /** Edits note {@code seq}: a note-edit entry keeps the new text and the previous one. */
    Incidents.Event editIncidentNote(String id, long seq, String text);

    Incidents.Event pinIncidentEvent(String id, long seq, boolean pinned);

    Incidents.Incident changeIncidentSeverity(String id, Incidents.Severity severity, String why);

    /** Moves between investigating, identified and monitoring; from resolved it reopens. */
    Incidents.Incident changeIncidentStatus(String id, Incidents.Status status, String why);

    Incidents.Incident resolveIncident(String id, Incidents.ResolveRequest request);

    /** Every communication template filled from the incident as it is now. */
    List<Incidents.Communication> incidentCommunications(String id);

    /** Records that a communication (as edited and sent) went out; the next update is due 30 minutes later. */
    Incidents.Event markCommunicationSent(String id, String templateId, String text, String channel);

    /** The deterministic markdown report ({@code incidents/INC-….md}); writing it is the caller's. */
    Incidents.Report incidentReport(String id);

    // Runbooks
    /**
     * Runs a {@code command} step of this side's own runbook catalog (never an argv from the caller) and returns its
     * result without recording it: the caller records the run with {@link #recordRunbookRun}.
     */
    Runbooks.StepResult runbookCommand(Runbooks.CommandRequest request);

    /** Appends a run to the run history and the audit log; returns it as stored (id, time and operator stamped). */
    Runbooks.RunRecord recordRunbookRun(Runbooks.RunRecord run);

    /** The newest runs first, at most {@code limit} (1 to 1000). */
    List<Runbooks.RunRecord> runbookRuns(int limit);

    /** The user runbook files of this side's workspace, by name (at most 200, each at most 256 KiB). */
    List<Runbooks.Source> runbookSources();

    @Override
    void close();

    /** A running stream; closing it stops delivery and frees its connection. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();

        /** False once the stream ended, closed or by its source (a followed container stopped, say). */
        default boolean isOpen() {
            return true;
        }
    }
}
