package dev.clio.ops.remote;

import dev.clio.ops.OpsException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server routes this client calls. They must match the server's route table exactly;
 * {@code RemotePathsTest} checks every one against the server's OpenAPI document.
 */
final class RemotePaths {

    static final String API = "/api/v1";
    static final String HEALTH = "/health";
    static final String READY = "/ready";
    static final String INFO = "/info";
    static final String WHOAMI = API + "/whoami";
    static final String METRICS_SUMMARY = API + "/metrics/summary";
    static final String TOKENS = API + "/metrics/tokens";
    static final String GROWTH = API + "/metrics/growth";
    static final String KPI = API + "/kpi";
    static final String ADAPTERS = API + "/adapters/list";
    static final String WORKFLOWS = API + "/workflows";
    static final String VERIFY = API + "/workflows/verify";
    static final String SOURCE = API + "/workflows/source";
    static final String SAVE = API + "/workflows/save";
    static final String EXECUTE = API + "/workflows/execute";
    static final String PLAN = API + "/workflows/plan";
    static final String HEALTH_CHECK = API + "/workflows/health-check/status";
    static final String EXECUTIONS = API + "/executions";
    static final String LOGS = API + "/logs";
    static final String LOG_STREAM = API + "/logs/stream";
    static final String CONFIG = API + "/config";
    static final String CONFIG_VALIDATE = API + "/config/validate";
    static final String ARTIFACTS = API + "/artifacts";
    static final String ARTIFACTS_CLEAN = API + "/artifacts/clean";
    static final String SYSTEM = API + "/system";
    static final String SYSTEM_GC = API + "/system/gc";
    static final String DB_STATUS = API + "/db/status";
    static final String DB_ACTIVITY = API + "/db/activity";
    static final String DB_SLOW_QUERIES = API + "/db/slow-queries";
    static final String DB_LOCKS = API + "/db/locks";
    static final String DB_CREATE_INDEXES = API + "/db/create-indexes";
    static final String DB_VACUUM = API + "/db/vacuum";
    static final String AUDIT = API + "/audit";
    static final String CONTAINERS = API + "/containers";
    static final String CONTAINER_STATS = CONTAINERS + "/stats";
    static final String INCIDENTS = API + "/incidents";
    static final String RUNBOOK_COMMAND = API + "/runbooks/command";
    static final String RUNBOOK_RUNS = API + "/runbook-runs";
    static final String RUNBOOK_SOURCES = API + "/runbooks/sources";

    /** Every route as "METHOD template", for the check against the server's route table. */
    static final List<String> ALL = List.of("GET " + HEALTH, "GET " + READY, "GET " + INFO, "GET " + WHOAMI,
            "GET " + METRICS_SUMMARY, "GET " + TOKENS, "GET " + GROWTH, "GET " + KPI, "GET " + ADAPTERS,
            "GET " + WORKFLOWS,
            "POST " + VERIFY, "POST " + SOURCE, "POST " + SAVE, "POST " + EXECUTE, "POST " + PLAN, "GET " + HEALTH_CHECK, "GET " + EXECUTIONS,
            "GET " + EXECUTIONS + "/{id}", "POST " + EXECUTIONS + "/{id}/cancel", "POST " + EXECUTIONS + "/{id}/resume",
            "GET " + LOGS, "GET " + LOG_STREAM, "GET " + CONFIG, "GET " + CONFIG_VALIDATE, "PUT " + CONFIG + "/{key}",
            "GET " + ARTIFACTS, "POST " + ARTIFACTS_CLEAN, "GET " + SYSTEM, "POST " + SYSTEM_GC, "GET " + DB_STATUS,
            "GET " + DB_ACTIVITY, "GET " + DB_SLOW_QUERIES, "GET " + DB_LOCKS, "POST " + DB_CREATE_INDEXES,
            "POST " + DB_VACUUM, "GET " + AUDIT, "GET " + CONTAINERS, "GET " + CONTAINER_STATS,
            "GET " + CONTAINERS + "/{name}/logs", "GET " + CONTAINERS + "/{name}/logs/stream",
            "POST " + CONTAINERS + "/{name}/start", "POST " + CONTAINERS + "/{name}/stop",
            "POST " + CONTAINERS + "/{name}/restart", "POST " + CONTAINERS + "/{name}/kill",
            "POST " + INCIDENTS, "GET " + INCIDENTS, "GET " + INCIDENTS + "/{id}", "GET " + INCIDENTS + "/{id}/events",
            "POST " + INCIDENTS + "/{id}/events", "POST " + INCIDENTS + "/{id}/events/{seq}/edit",
            "POST " + INCIDENTS + "/{id}/events/{seq}/pin", "POST " + INCIDENTS + "/{id}/severity",
            "POST " + INCIDENTS + "/{id}/status", "POST " + INCIDENTS + "/{id}/resolve",
            "GET " + INCIDENTS + "/{id}/communications", "POST " + INCIDENTS + "/{id}/communications/{template}/sent",
            "GET " + INCIDENTS + "/{id}/report",
            "POST " + RUNBOOK_COMMAND, "POST " + RUNBOOK_RUNS, "GET " + RUNBOOK_RUNS, "GET " + RUNBOOK_SOURCES);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private RemotePaths() {
    }

    /** {@code /api/v1/executions/{id}} plus {@code suffix}. */
    static String execution(String id, String suffix) {
        return EXECUTIONS + "/" + segment("execution id", id) + suffix;
    }

    /** {@code /api/v1/containers/{name}} plus {@code suffix}. */
    static String container(String name, String suffix) {
        return CONTAINERS + "/" + segment("container", dev.clio.ops.Containers.checkName(name)) + suffix;
    }

    /** {@code /api/v1/incidents/{id}} plus {@code suffix}. */
    static String incident(String id, String suffix) {
        return INCIDENTS + "/" + segment("incident id", id) + suffix;
    }

    /** One path segment naming a resource (a template id, say). */
    static String part(String name, String value) {
        return segment(name, value);
    }

    static String config(String key) {
        return CONFIG + "/" + segment("config key", key);
    }

    /**
     * Refuses what could not name one resource before it reaches a URL, where {@code ..} would silently
     * address another route.
     */
    private static String segment(String name, String value) {
        if (value == null || !ID.matcher(value).matches() || value.contains("..")) {
            throw OpsException.invalid(name + ": '" + printable(value) + "' is not a valid " + name
                    + " (letters, digits, '_', '-', '.', ':'; at most 128)");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String printable(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
