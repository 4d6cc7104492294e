package dev.clio.server;

import dev.clio.ops.Containers;
import dev.clio.ops.Health;
import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.ops.Runbooks;
import dev.clio.ops.Workflows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The route table: every Operations call and the HTTP method and path that reach it. This is the only place routes
 * are declared; the server, the OpenAPI document and the docs check all read it.
 */
final class Routes {

    static final String API = "/api/v1";
    static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "CRITICAL");
    private static final Route.Param WINDOW = new Route.Param("window", "duration",
            "how far back to look, e.g. 10m, 1h, 24h, 7d (default 1h)");
    private static final Route.Param TIME_RANGE = new Route.Param("time_range", "duration",
            "the original API's name for window");
    private static final List<Route.Param> LOG_FILTERS = List.of(
            new Route.Param("since", "duration", "only lines newer than this, e.g. 10m (default 1h)"),
            new Route.Param("level", "string", "TRACE, DEBUG, INFO, WARN, WARNING, ERROR or CRITICAL"),
            new Route.Param("event", "string", "only this event name, e.g. workflow_execution_failed"),
            new Route.Param("workflow", "string", "only this workflow name"),
            new Route.Param("text", "string", "only lines containing this text"),
            new Route.Param("limit", "integer", "at most this many lines, 1 to 1000 (default 100)"));

    private static final List<Route> ALL = build();

    private Routes() {
    }

    static List<Route> all() {
        return ALL;
    }

    private static List<Route> build() {
        List<Route> r = new ArrayList<>();
        health(r);
        metrics(r);
        workflows(r);
        resources(r);
        database(r);
        containers(r);
        IncidentRoutes.add(r);
        runbooks(r);
        return List.copyOf(r);
    }

    private static void health(List<Route> r) {
        r.add(get("/health", Operation.HEALTH, "Service health with every check", (ops, c) -> {
            Health.Report report = ops.health();
            return Reply.of(report.healthy() ? 200 : 503, report);
        }));
        r.add(get("/ready", Operation.READY, "Whether the service accepts requests", (ops, c) -> {
            Health.Readiness ready = ops.ready();
            return Reply.of(ready.ready() ? 200 : 503, ready);
        }));
        r.add(get("/info", Operation.INFO, "Name, version, uptime and features", (ops, c) -> ops.info()));
        r.add(get(API + "/whoami", Operation.WHOAMI, "The calling key's identity and role (jq .role)",
                (ops, c) -> ops.whoami()));
    }

    private static void metrics(List<Route> r) {
        r.add(get(API + "/metrics/summary", Operation.METRICS_SUMMARY,
                "Requests, errors (jq .errors), latency and executions over a window",
                List.of(WINDOW, TIME_RANGE), (ops, c) -> ops.metricsSummary(window(c))));
        r.add(get(API + "/metrics/tokens", Operation.TOKEN_USAGE, "Token usage today (jq .daily_usage) and burn rate",
                (ops, c) -> ops.tokenUsage()));
        r.add(get(API + "/metrics/growth", Operation.METRICS_GROWTH,
                "Daily active users, executions (succeeded / failed) and tokens per UTC day, oldest first",
                List.of(new Route.Param("days", "integer", "how many days, today included: 1 to "
                        + Operations.MAX_GROWTH_DAYS + " (default " + Operations.DEFAULT_GROWTH_DAYS + ")")),
                (ops, c) -> ops.growth(c.integer("days", Operations.DEFAULT_GROWTH_DAYS, 1,
                        Operations.MAX_GROWTH_DAYS))));
        r.add(get(API + "/kpi", Operation.KPI_SNAPSHOT, "Every runbook KPI as measured now",
                (ops, c) -> ops.kpiSnapshot()));
        r.add(get(API + "/adapters/list", Operation.ADAPTERS_LIST, "The adapter registry",
                (ops, c) -> Map.of("adapters", ops.adapters())));
        r.add(get(API + "/adapters/status", Operation.ADAPTERS_LIST, "Availability of every adapter",
                (ops, c) -> Map.of("adapters", ops.adapters())));
        r.add(get(API + "/adapters/health", Operation.ADAPTERS_LIST,
                "healthy when every adapter is available, else degraded with the missing ones",
                (ops, c) -> AdapterHealth.of(ops.adapters())));
    }

    private static void workflows(List<Route> r) {
        r.add(get(API + "/workflows", Operation.WORKFLOWS_LIST, "Workflows of the workspace",
                (ops, c) -> Map.of("workflows", ops.workflows())));
        r.add(post(API + "/workflows/verify", Operation.WORKFLOWS_VERIFY, "Validate one workflow file",
                Bodies.WorkflowFile.class, 200,
                (ops, c) -> ops.verify(WorkflowFiles.check(c.body(Bodies.WorkflowFile.class).workflowFile()))));
        r.add(post(API + "/workflows/source", Operation.WORKFLOWS_SOURCE, "The text of one workflow file",
                Bodies.WorkflowFile.class, 200,
                (ops, c) -> ops.workflowSource(WorkflowFiles.check(c.body(Bodies.WorkflowFile.class).workflowFile()))));
        r.add(post(API + "/workflows/save", Operation.WORKFLOWS_SAVE,
                "Validate and save a workflow under .ai/workflows (refused with its errors when invalid)",
                Bodies.SaveWorkflow.class, 200, (ops, c) -> {
                    Bodies.SaveWorkflow body = c.body(Bodies.SaveWorkflow.class);
                    return ops.saveWorkflow(WorkflowFiles.check(body.workflowFile()), body.text());
                }));
        r.add(post(API + "/workflows/execute", Operation.WORKFLOWS_EXECUTE,
                "Start an execution; answers 202 at once with its execution_id", Bodies.Execute.class, 202,
                (ops, c) -> accepted(ops.execute(executeRequest(c)))));
        r.add(post(API + "/workflows/plan", Operation.WORKFLOWS_PLAN, "The dry-run plan of a workflow",
                Bodies.Execute.class, 200, (ops, c) -> ops.plan(executeRequest(c))));
        r.add(get(API + "/workflows/health-check/status", Operation.WORKFLOWS_HEALTH_CHECK,
                "HEALTH_CHECK.yaml verified and planned", (ops, c) -> ops.healthCheckStatus()));
        r.add(get(API + "/executions", Operation.WORKFLOWS_HISTORY, "Recent executions, newest first",
                List.of(new Route.Param("limit", "integer", "1 to 1000 (default 20)")),
                (ops, c) -> Map.of("executions", ops.history(c.limit(20, 1000)))));
        r.add(get(API + "/executions/{id}", Operation.WORKFLOWS_STATUS, "One execution with its steps",
                (ops, c) -> ops.execution(c.pathId("id"))));
        r.add(post(API + "/executions/{id}/cancel", Operation.WORKFLOWS_CANCEL, "Cancel a running execution",
                Bodies.Empty.class, 202, (ops, c) -> accepted(emptyBodyThen(c, () -> ops.cancel(c.pathId("id"))))));
        r.add(post(API + "/executions/{id}/resume", Operation.WORKFLOWS_RESUME, "Resume a paused or interrupted one",
                Bodies.Empty.class, 202, (ops, c) -> accepted(emptyBodyThen(c, () -> ops.resume(c.pathId("id"))))));
    }

    private static void resources(List<Route> r) {
        r.add(get(API + "/logs", Operation.LOGS_QUERY, "Structured log lines matching the filters", LOG_FILTERS,
                (ops, c) -> Map.of("entries", ops.logs(logQuery(c)))));
        r.add(get(API + "/logs/stream", Operation.LOGS_STREAM,
                "New log lines as server-sent events (event: log), heartbeats as comments", LOG_FILTERS,
                (ops, c) -> LogStream.serve(ops, logQuery(c), c)));
        r.add(get(API + "/config", Operation.CONFIG_SHOW, "Effective configuration, secrets masked",
                (ops, c) -> Map.of("config", ops.config().stream().map(Routes::masked).toList())));
        r.add(get(API + "/config/validate", Operation.CONFIG_VALIDATE, "Configuration errors and warnings",
                (ops, c) -> findings(ops.validateConfig())));
        r.add(new Route("PUT", API + "/config/{key}", Operation.CONFIG_SET, "Set one configuration value",
                List.of(), Bodies.ConfigValue.class, 200,
                (ops, c) -> ops.setConfig(c.pathId("key"), required(c.body(Bodies.ConfigValue.class).value(),
                        "value"))));
        r.add(get(API + "/artifacts", Operation.ARTIFACTS_LIST, "Files under artifacts/",
                (ops, c) -> Map.of("artifacts", ops.artifacts())));
        r.add(post(API + "/artifacts/clean", Operation.ARTIFACTS_CLEAN,
                "Remove *.tmp and empty files under artifacts/ (dry_run only lists them)", Bodies.Clean.class, 200,
                (ops, c) -> ops.cleanArtifacts(Boolean.TRUE.equals(c.body(Bodies.Clean.class).dryRun()))));
        r.add(get(API + "/system", Operation.SYSTEM_STATUS, "Memory, CPU and disk", (ops, c) -> ops.system()));
        r.add(post(API + "/system/gc", Operation.SYSTEM_GC, "Run a garbage collection", Bodies.Empty.class, 200,
                (ops, c) -> emptyBodyThen(c, ops::runGc)));
        r.add(get(API + "/audit", Operation.AUDIT_QUERY, "Audit records, newest first", List.of(
                new Route.Param("since", "duration", "only records newer than this, e.g. 24h (default 24h)"),
                new Route.Param("actor", "string", "only this actor, e.g. key:clio_AbCdEfG"),
                new Route.Param("action", "string", "only this action, e.g. workflows.execute"),
                new Route.Param("result", "string", "only this result, e.g. ok, denied, failed"),
                new Route.Param("limit", "integer", "1 to 1000 (default 100)")),
                (ops, c) -> Map.of("entries", ops.audit(auditQuery(c)))));
    }

    private static void database(List<Route> r) {
        r.add(get(API + "/db/status", Operation.DB_STATUS, "Dialect, reachability and latency",
                (ops, c) -> ops.dbStatus()));
        r.add(get(API + "/db/activity", Operation.DB_ACTIVITY, "Connections by state", (ops, c) -> ops.dbActivity()));
        r.add(get(API + "/db/slow-queries", Operation.DB_SLOW_QUERIES, "Slowest statements (pg_stat_statements)",
                (ops, c) -> ops.dbSlowQueries()));
        r.add(get(API + "/db/locks", Operation.DB_LOCKS, "Blocked and blocking sessions", (ops, c) -> ops.dbLocks()));
        r.add(post(API + "/db/create-indexes", Operation.DB_CREATE_INDEXES, "Create the runbook's indexes",
                Bodies.Empty.class, 200, (ops, c) -> emptyBodyThen(c, ops::dbCreateIndexes)));
        r.add(post(API + "/db/vacuum", Operation.DB_VACUUM, "VACUUM ANALYZE", Bodies.Empty.class, 200,
                (ops, c) -> emptyBodyThen(c, ops::dbVacuum)));
    }

    private static void containers(List<Route> r) {
        String one = API + "/containers/{name}";
        r.add(get(API + "/containers", Operation.CONTAINERS_LIST,
                "Every container of the server's engine, running or not (docker-compose ps)",
                (ops, c) -> Map.of("containers", ops.containers())));
        r.add(get(API + "/containers/stats", Operation.CONTAINERS_STATS,
                "CPU, memory, network and block I/O of every running container (docker stats)",
                (ops, c) -> Map.of("stats", ops.containerStats())));
        r.add(get(one + "/logs", Operation.CONTAINERS_LOGS, "A container's log lines, stdout and stderr marked",
                ContainerParams.LOGS, (ops, c) -> Map.of("lines", ops.containerLogs(ContainerParams.name(c),
                        ContainerParams.logs(c)))));
        r.add(get(one + "/logs/stream", Operation.CONTAINERS_LOGS_STREAM,
                "A container's log followed as server-sent events (event: line; event: end when it stops)",
                ContainerParams.LOGS, (ops, c) -> {
                    String name = ContainerParams.name(c);
                    Containers.LogQuery query = ContainerParams.logs(c);
                    return LogStream.serve(c, "line", sink -> ops.streamContainerLogs(name, query, sink::accept));
                }));
        r.add(post(one + "/start", Operation.CONTAINERS_START, "Start a container", Bodies.Empty.class, 200,
                (ops, c) -> emptyBodyThen(c, () -> ops.startContainer(ContainerParams.name(c)))));
        r.add(post(one + "/stop", Operation.CONTAINERS_STOP, "Stop a container (10 s grace, then killed)",
                Bodies.Empty.class, 200, (ops, c) -> emptyBodyThen(c, () -> ops.stopContainer(
                        ContainerParams.name(c)))));
        r.add(post(one + "/restart", Operation.CONTAINERS_RESTART, "Restart a container (docker-compose restart)",
                Bodies.Empty.class, 200, (ops, c) -> emptyBodyThen(c, () -> ops.restartContainer(
                        ContainerParams.name(c)))));
        r.add(post(one + "/kill", Operation.CONTAINERS_KILL, "Kill a running container", Bodies.Empty.class, 200,
                (ops, c) -> emptyBodyThen(c, () -> ops.killContainer(ContainerParams.name(c)))));
    }

    private static void runbooks(List<Route> r) {
        r.add(post(API + "/runbooks/command", Operation.RUNBOOKS_COMMAND,
                "Run a command step of the server's own runbook catalog (the argv is never taken from the request)",
                Runbooks.CommandRequest.class, 200, (ops, c) -> ops.runbookCommand(
                        c.body(Runbooks.CommandRequest.class))));
        r.add(post(API + "/runbook-runs", Operation.RUNBOOK_RUNS_RECORD,
                "Append a runbook run to the shared history and the audit log (who and when are the server's)",
                Runbooks.RunRecord.class, 201, (ops, c) -> ops.recordRunbookRun(c.body(Runbooks.RunRecord.class))));
        r.add(get(API + "/runbook-runs", Operation.RUNBOOK_RUNS_LIST, "Runbook run history, newest first",
                List.of(new Route.Param("limit", "integer", "1 to 1000 (default 50)")),
                (ops, c) -> Map.of("runs", ops.runbookRuns(c.limit(50, 1000)))));
        r.add(get(API + "/runbooks/sources", Operation.RUNBOOKS_SOURCES,
                "The server's user runbook files (.ai/runbooks), for clients to load with their own validator",
                List.of(), (ops, c) -> Map.of("runbooks", ops.runbookSources())));
    }

    private static Duration window(ApiCall c) {
        Duration window = c.duration("window", null);
        Duration timeRange = c.duration("time_range", null);
        if (window != null && timeRange != null) {
            throw OpsException.invalid("window and time_range mean the same; send only one");
        }
        return window != null ? window : timeRange != null ? timeRange : Duration.ofHours(1);
    }

    private static Workflows.ExecuteRequest executeRequest(ApiCall c) {
        Bodies.Execute b = c.body(Bodies.Execute.class);
        if (b.maxTokens() != null && b.maxTokens() < 1) {
            throw OpsException.invalid("max_tokens: must be a positive number of tokens");
        }
        return new Workflows.ExecuteRequest(WorkflowFiles.check(b.workflowFile()),
                Boolean.TRUE.equals(b.dryRun()), b.files(), b.lane(), b.maxTokens(), b.inputs());
    }

    private static Resources.LogQuery logQuery(ApiCall c) {
        return new Resources.LogQuery(c.duration("since", Duration.ofHours(1)), c.choice("level", LEVELS),
                c.text("event"), c.text("workflow"), c.text("text"), c.limit(100, 1000));
    }

    private static Resources.AuditQuery auditQuery(ApiCall c) {
        Duration since = c.duration("since", Duration.ofHours(24));
        return new Resources.AuditQuery(java.time.Instant.now().minus(since), c.text("actor"), c.text("action"),
                c.text("result"), c.limit(100, 1000));
    }

    private static Reply accepted(Workflows.Execution execution) {
        return new Reply(202, execution, Map.of("Location", API + "/executions/" + execution.executionId()));
    }

    /** Reads (and so validates) the empty body of an action that takes no parameters. */
    private static <T> T emptyBodyThen(ApiCall c, Supplier<T> call) {
        c.body(Bodies.Empty.class);
        return call.get();
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw OpsException.invalid(field + ": required");
        }
        return value;
    }

    private static Resources.ConfigEntry masked(Resources.ConfigEntry e) {
        return e.secret() && e.value() != null && !e.value().isEmpty()
                ? new Resources.ConfigEntry(e.key(), "********", e.source(), true) : e;
    }

    private static Map<String, Object> findings(List<Resources.ConfigFinding> findings) {
        boolean valid = findings.stream().noneMatch(f -> "error".equals(f.severity()));
        return Map.of("valid", valid, "findings", findings);
    }

    static Route get(String path, Operation op, String summary, Route.Invoker invoker) {
        return get(path, op, summary, List.of(), invoker);
    }

    static Route get(String path, Operation op, String summary, List<Route.Param> query,
            Route.Invoker invoker) {
        return new Route("GET", path, op, summary, query, null, 200, invoker);
    }

    static Route post(String path, Operation op, String summary, Class<?> body, int status,
            Route.Invoker invoker) {
        return new Route("POST", path, op, summary, List.of(), body, status, invoker);
    }
}
