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
