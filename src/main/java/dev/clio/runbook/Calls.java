package dev.clio.runbook;

import static dev.clio.runbook.ArgSpec.optional;
import static dev.clio.runbook.ArgSpec.required;

import dev.clio.ops.Containers;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.runbook.RunbookParam.ParamType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The one table from an {@link Operation} id to how a runbook step calls it: its typed arguments, the shape of its
 * result (for checking verdict paths when a file is loaded) and the invocation on {@link Operations}. Streams are not
 * runbook calls (a step has one answer).
 */
public final class Calls {

    private static final ArgSpec CONTAINER = required("container", ParamType.STRING, "container name");
    private static final Map<String, CallSpec> TABLE = build();

    private Calls() {
    }

    /**
     * @param resultType the record class of the result (of each element when {@code list})
     * @param dryRunArg the boolean argument that makes the call a preview, or null when it has none
     */
    public record CallSpec(Operation operation, List<ArgSpec> args, Class<?> resultType, boolean list,
            String dryRunArg, BiFunction<Operations, CallArgs, Object> invoke) {

        public CallSpec {
            args = List.copyOf(args);
        }

        public Optional<ArgSpec> arg(String name) {
            return args.stream().filter(a -> a.name().equals(name)).findFirst();
        }
    }

    public static Optional<CallSpec> byId(String id) {
        return Optional.ofNullable(TABLE.get(id));
    }

    public static List<String> ids() {
        return List.copyOf(TABLE.keySet());
    }

    private static Map<String, CallSpec> build() {
        Map<String, CallSpec> t = new LinkedHashMap<>();
        put(t, Operation.HEALTH, Health.Report.class, false, (o, a) -> o.health());
        put(t, Operation.READY, Health.Readiness.class, false, (o, a) -> o.ready());
        put(t, Operation.INFO, Health.Info.class, false, (o, a) -> o.info());
        put(t, Operation.WHOAMI, Health.Identity.class, false, (o, a) -> o.whoami());
        put(t, Operation.METRICS_SUMMARY, Metrics.Summary.class, false,
                (o, a) -> o.metricsSummary(a.duration("window")),
                optional("window", ParamType.DURATION, "5m", "the window the summary covers"));
        put(t, Operation.TOKEN_USAGE, Metrics.TokenUsage.class, false, (o, a) -> o.tokenUsage());
        put(t, Operation.KPI_SNAPSHOT, Metrics.KpiSnapshot.class, false, (o, a) -> o.kpiSnapshot());
        put(t, Operation.METRICS_GROWTH, Metrics.Growth.class, false, (o, a) -> o.growth(a.integer("days")),
                optional("days", ParamType.INTEGER, "30", "UTC days, today included"));
        put(t, Operation.ADAPTERS_LIST, dev.clio.ops.AdapterState.class, true, (o, a) -> o.adapters());
        put(t, Operation.WORKFLOWS_LIST, Workflows.Summary.class, true, (o, a) -> o.workflows());
        put(t, Operation.WORKFLOWS_VERIFY, Workflows.Verification.class, false, (o, a) -> o.verify(a.text("file")),
                required("file", ParamType.STRING, "workflow file under .ai/workflows"));
        put(t, Operation.WORKFLOWS_PLAN, Workflows.Plan.class, false, (o, a) -> o.plan(request(a, true)),
                required("workflow", ParamType.STRING, "workflow file under .ai/workflows"));
        put(t, Operation.WORKFLOWS_STATUS, Workflows.Execution.class, false,
                (o, a) -> o.execution(a.text("execution")), required("execution", ParamType.STRING, "execution id"));
        put(t, Operation.WORKFLOWS_HISTORY, Workflows.Execution.class, true, (o, a) -> o.history(a.integer("limit")),
                optional("limit", ParamType.INTEGER, "20", "most recent executions"));
        put(t, Operation.WORKFLOWS_HEALTH_CHECK, Workflows.HealthCheck.class, false,
                (o, a) -> o.healthCheckStatus());
        put(t, Operation.LOGS_QUERY, Resources.LogEntry.class, true, Calls::logs,
                optional("since", ParamType.DURATION, "1h", "how far back"),
                optional("level", ParamType.STRING, "", "ERROR, WARNING, INFO, ..."),
                optional("event", ParamType.STRING, "", "event name"),
                optional("workflow", ParamType.STRING, "", "workflow name"),
                optional("text", ParamType.STRING, "", "text the line contains"),
                optional("limit", ParamType.INTEGER, "100", "most lines"));
        put(t, Operation.CONFIG_SHOW, Resources.ConfigEntry.class, true, (o, a) -> o.config());
        put(t, Operation.CONFIG_VALIDATE, Resources.ConfigFinding.class, true, (o, a) -> o.validateConfig());
        put(t, Operation.ARTIFACTS_LIST, Resources.ArtifactInfo.class, true, (o, a) -> o.artifacts());
        put(t, Operation.SYSTEM_STATUS, Resources.SystemStatus.class, false, (o, a) -> o.system());
        put(t, Operation.DB_STATUS, Resources.DbStatus.class, false, (o, a) -> o.dbStatus());
        put(t, Operation.DB_ACTIVITY, Resources.Table.class, false, (o, a) -> o.dbActivity());
        put(t, Operation.DB_SLOW_QUERIES, Resources.Table.class, false, (o, a) -> o.dbSlowQueries());
        put(t, Operation.DB_LOCKS, Resources.Table.class, false, (o, a) -> o.dbLocks());
        put(t, Operation.CONTAINERS_LIST, Containers.Container.class, true, (o, a) -> o.containers());
        put(t, Operation.CONTAINERS_STATS, Containers.Stats.class, true, (o, a) -> o.containerStats());
        put(t, Operation.CONTAINERS_LOGS, Containers.LogLine.class, true, Calls::containerLogs, CONTAINER,
                optional("tail", ParamType.INTEGER, "100", "last N lines"),
                optional("since", ParamType.DURATION, "", "only lines newer than this"),
                optional("contains", ParamType.STRING, "", "keep only lines containing this text (like grep -F)"));
        put(t, Operation.AUDIT_QUERY, Resources.AuditEntry.class, true, Calls::audit,
                optional("since", ParamType.DURATION, "24h", "how far back"),
                optional("actor", ParamType.STRING, "", "who"),
                optional("action", ParamType.STRING, "", "operation id"),
                optional("result", ParamType.STRING, "", "ok, denied, failed"),
                optional("limit", ParamType.INTEGER, "50", "most entries"));
        // Remediations
        put(t, Operation.WORKFLOWS_EXECUTE, Workflows.Execution.class, false, (o, a) -> o.execute(request(a, false)),
                required("workflow", ParamType.STRING, "workflow file under .ai/workflows"));
        put(t, Operation.WORKFLOWS_CANCEL, Workflows.Execution.class, false, (o, a) -> o.cancel(a.text("execution")),
                required("execution", ParamType.STRING, "execution id"));
        put(t, Operation.WORKFLOWS_RESUME, Workflows.Execution.class, false, (o, a) -> o.resume(a.text("execution")),
                required("execution", ParamType.STRING, "execution id"));
        put(t, Operation.CONFIG_SET, Resources.ActionResult.class, false,
                (o, a) -> o.setConfig(a.text("key"), a.text("value")),
                required("key", ParamType.STRING, "setting key"), required("value", ParamType.STRING, "new value"));
        t.put(Operation.ARTIFACTS_CLEAN.id(), new CallSpec(Operation.ARTIFACTS_CLEAN,
                List.of(optional("dry_run", ParamType.BOOLEAN, "false", "only list what would be removed")),
                Resources.CleanResult.class, false, "dry_run", (o, a) -> o.cleanArtifacts(a.bool("dry_run"))));
        put(t, Operation.SYSTEM_GC, Resources.ActionResult.class, false, (o, a) -> o.runGc());
        put(t, Operation.DB_CREATE_INDEXES, Resources.ActionResult.class, false, (o, a) -> o.dbCreateIndexes());
        put(t, Operation.DB_VACUUM, Resources.ActionResult.class, false, (o, a) -> o.dbVacuum());
        put(t, Operation.CONTAINERS_START, Resources.ActionResult.class, false,
                (o, a) -> o.startContainer(a.text("container")), CONTAINER);
        put(t, Operation.CONTAINERS_STOP, Resources.ActionResult.class, false,
                (o, a) -> o.stopContainer(a.text("container")), CONTAINER);
        put(t, Operation.CONTAINERS_RESTART, Resources.ActionResult.class, false,
                (o, a) -> o.restartContainer(a.text("container")), CONTAINER);
        put(t, Operation.CONTAINERS_KILL, Resources.ActionResult.class, false,
                (o, a) -> o.killContainer(a.text("container")), CONTAINER);
        return Map.copyOf(t);
    }

    private static void put(Map<String, CallSpec> t, Operation op, Class<?> result, boolean list,
            BiFunction<Operations, CallArgs, Object> invoke, ArgSpec... args) {
        t.put(op.id(), new CallSpec(op, List.of(args), result, list, null, invoke));
    }

    private static Workflows.ExecuteRequest request(CallArgs a, boolean dryRun) {
        return new Workflows.ExecuteRequest(a.text("workflow"), dryRun, null, null, null, Map.of());
    }

    private static Object logs(Operations o, CallArgs a) {
        return o.logs(new Resources.LogQuery(a.duration("since"), a.textOrNull("level"), a.textOrNull("event"),
                a.textOrNull("workflow"), a.textOrNull("text"), a.integer("limit")));
    }

    private static Object containerLogs(Operations o, CallArgs a) {
        var since = a.duration("since");
        var query = new Containers.LogQuery(a.integer("tail"), since == null ? null : Instant.now().minus(since),
                true, true);
        List<Containers.LogLine> lines = o.containerLogs(a.text("container"), query);
        String contains = a.textOrNull("contains");
        // The seed greps the log ("| grep ERROR"); the API has no text filter for container logs, so filter here.
        return contains == null ? lines : lines.stream().filter(l -> l.text().contains(contains)).toList();
    }

    private static Object audit(Operations o, CallArgs a) {
        var since = a.duration("since");
        return o.audit(new Resources.AuditQuery(since == null ? null : Instant.now().minus(since),
                a.textOrNull("actor"), a.textOrNull("action"), a.textOrNull("result"), a.integer("limit")));
    }
}
