package dev.clio.ops;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every call of the Operations model, with the role it needs and whether it changes anything. Console panels, runbook
 * steps, CLI commands and API endpoints all name their call by this id, so permissions and confirmations are decided in
 * one place.
 */
public enum Operation {
    HEALTH("health", Access.PUBLIC, false),
    READY("ready", Access.PUBLIC, false),
    INFO("info", Access.READ, false),
    WHOAMI("whoami", Access.READ, false),
    METRICS_SUMMARY("metrics.summary", Access.READ, false),
    TOKEN_USAGE("metrics.tokens", Access.READ, false),
    KPI_SNAPSHOT("kpi.snapshot", Access.READ, false),
    METRICS_GROWTH("metrics.growth", Access.READ, false),
    ADAPTERS_LIST("adapters.list", Access.READ, false),
    WORKFLOWS_LIST("workflows.list", Access.READ, false),
    WORKFLOWS_VERIFY("workflows.verify", Access.READ, false),
    WORKFLOWS_SOURCE("workflows.source", Access.READ, false),
    WORKFLOWS_SAVE("workflows.save", Access.OPERATE, true),
    WORKFLOWS_EXECUTE("workflows.execute", Access.OPERATE, true),
    WORKFLOWS_PLAN("workflows.plan", Access.READ, false),
    WORKFLOWS_STATUS("workflows.status", Access.READ, false),
    WORKFLOWS_HISTORY("workflows.history", Access.READ, false),
    WORKFLOWS_CANCEL("workflows.cancel", Access.OPERATE, true),
    WORKFLOWS_RESUME("workflows.resume", Access.OPERATE, true),
    WORKFLOWS_HEALTH_CHECK("workflows.health-check", Access.READ, false),
    LOGS_QUERY("logs.query", Access.READ, false),
    LOGS_STREAM("logs.stream", Access.READ, false),
    CONFIG_SHOW("config.show", Access.READ, false),
    CONFIG_VALIDATE("config.validate", Access.READ, false),
    CONFIG_SET("config.set", Access.ADMIN, true),
    ARTIFACTS_LIST("artifacts.list", Access.READ, false),
    ARTIFACTS_CLEAN("artifacts.clean", Access.OPERATE, true),
    SYSTEM_STATUS("system.status", Access.READ, false),
    SYSTEM_GC("system.gc", Access.OPERATE, true),
    DB_STATUS("db.status", Access.READ, false),
    DB_ACTIVITY("db.activity", Access.READ, false),
    DB_SLOW_QUERIES("db.slow-queries", Access.READ, false),
    DB_LOCKS("db.locks", Access.READ, false),
    DB_CREATE_INDEXES("db.create-indexes", Access.OPERATE, true),
    DB_VACUUM("db.vacuum", Access.OPERATE, true),
    CONTAINERS_LIST("containers.list", Access.READ, false),
    CONTAINERS_STATS("containers.stats", Access.READ, false),
    CONTAINERS_LOGS("containers.logs", Access.READ, false),
    CONTAINERS_LOGS_STREAM("containers.logs-stream", Access.READ, false),
    CONTAINERS_START("containers.start", Access.OPERATE, true),
    CONTAINERS_STOP("containers.stop", Access.OPERATE, true),
    CONTAINERS_RESTART("containers.restart", Access.OPERATE, true),
    CONTAINERS_KILL("containers.kill", Access.OPERATE, true),
    AUDIT_QUERY("audit.query", Access.READ, false),
    // incident writes change no system: they need no confirmation, and the timeline records who made each
    INCIDENTS_OPEN("incidents.open", Access.OPERATE, false),
    INCIDENTS_LIST("incidents.list", Access.READ, false),
    INCIDENTS_SHOW("incidents.show", Access.READ, false),
    INCIDENTS_EVENTS("incidents.events", Access.READ, false),
    INCIDENTS_RECORD("incidents.record", Access.OPERATE, false),
    INCIDENTS_EDIT_NOTE("incidents.edit-note", Access.OPERATE, false),
    INCIDENTS_PIN("incidents.pin", Access.OPERATE, false),
    INCIDENTS_SEVERITY("incidents.severity", Access.OPERATE, false),
    INCIDENTS_STATUS("incidents.status", Access.OPERATE, false),
    INCIDENTS_RESOLVE("incidents.resolve", Access.OPERATE, false),
    INCIDENTS_COMMUNICATIONS("incidents.communications", Access.READ, false),
    INCIDENTS_COMMUNICATION_SENT("incidents.communication-sent", Access.OPERATE, false),
    INCIDENTS_REPORT("incidents.report", Access.READ, false),
    /** Runs a command step of the server's own runbook catalog; only the runbook, step and values travel. */
    RUNBOOKS_COMMAND("runbooks.command", Access.ADMIN, true),
    /** Appends one runbook run to the shared history (and the audit log); the server stamps who and when. */
    RUNBOOK_RUNS_RECORD("runbook-runs.record", Access.READ, false),
    RUNBOOK_RUNS_LIST("runbook-runs.list", Access.READ, false),
    /** The server's user runbooks as files, so a remote console or CLI lists the same catalog. */
    RUNBOOKS_SOURCES("runbooks.sources", Access.READ, false);

    private final String id;
    private final Access access;
    private final boolean remediation;

    Operation(String id, Access access, boolean remediation) {
        this.id = id;
        this.access = access;
        this.remediation = remediation;
    }

    public String id() {
        return id;
    }

    public Access access() {
        return access;
    }

    /** True when the call changes state: it needs a confirmation in the console and CLI and is audited. */
    public boolean isRemediation() {
        return remediation;
    }

    public static Optional<Operation> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }

    /** The least role a caller needs; PUBLIC needs no key. */
    public enum Access { PUBLIC, READ, OPERATE, ADMIN }
}
