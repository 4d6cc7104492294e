package dev.clio.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Incidents;
import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Operations call is checked against the role its {@link Operation} names, and against no other. */
class AccessMatrixTest {

    @TempDir
    Path dir;

    private EmbeddedEngine engine;

    @BeforeEach
    void open() throws IOException {
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        // no engine at the container endpoint: the container calls fail as unavailable, never as forbidden
        engine = EmbeddedEngine.open(new Workspace(dir.resolve("ws")), EngineOptions.defaults()
                .withEnvironment(Map.of("CLI_ORCHESTRATOR_DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock"))));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static Map<Operation, Consumer<Operations>> calls() {
        Workflows.ExecuteRequest dry = new Workflows.ExecuteRequest("HELLO.yaml", true, null, null, null, null);
        Map<Operation, Consumer<Operations>> calls = new EnumMap<>(Operation.class);
        calls.put(Operation.HEALTH, Operations::health);
        calls.put(Operation.READY, Operations::ready);
        calls.put(Operation.INFO, Operations::info);
        calls.put(Operation.WHOAMI, Operations::whoami);
        calls.put(Operation.METRICS_SUMMARY, o -> o.metricsSummary(Duration.ofHours(1)));
        calls.put(Operation.TOKEN_USAGE, Operations::tokenUsage);
        calls.put(Operation.KPI_SNAPSHOT, Operations::kpiSnapshot);
        calls.put(Operation.METRICS_GROWTH, o -> o.growth(7));
        calls.put(Operation.ADAPTERS_LIST, Operations::adapters);
        calls.put(Operation.WORKFLOWS_LIST, Operations::workflows);
        calls.put(Operation.WORKFLOWS_VERIFY, o -> o.verify("HELLO.yaml"));
        calls.put(Operation.WORKFLOWS_SOURCE, o -> o.workflowSource("HELLO.yaml"));
        calls.put(Operation.WORKFLOWS_SAVE, o -> o.saveWorkflow("SAVED_BY_MATRIX.yaml",
                "name: saved\nsteps:\n  - id: \"1.001\"\n    name: a\n    actor: shell\n    with: {argv: [echo]}\n"));
        calls.put(Operation.WORKFLOWS_EXECUTE, o -> o.execute(dry));
        calls.put(Operation.WORKFLOWS_PLAN, o -> o.plan(dry));
        calls.put(Operation.WORKFLOWS_STATUS, o -> o.execution("exec_000000000000"));
        calls.put(Operation.WORKFLOWS_HISTORY, o -> o.history(5));
        calls.put(Operation.WORKFLOWS_CANCEL, o -> o.cancel("exec_000000000000"));
        calls.put(Operation.WORKFLOWS_RESUME, o -> o.resume("exec_000000000000"));
        calls.put(Operation.WORKFLOWS_HEALTH_CHECK, Operations::healthCheckStatus);
        calls.put(Operation.LOGS_QUERY, o -> o.logs(null));
        calls.put(Operation.LOGS_STREAM, o -> o.streamLogs(null, e -> { }).close());
        calls.put(Operation.CONFIG_SHOW, Operations::config);
        calls.put(Operation.CONFIG_VALIDATE, Operations::validateConfig);
        calls.put(Operation.CONFIG_SET, o -> o.setConfig("log_level", "INFO"));
        calls.put(Operation.ARTIFACTS_LIST, Operations::artifacts);
        calls.put(Operation.ARTIFACTS_CLEAN, o -> o.cleanArtifacts(true));
        calls.put(Operation.SYSTEM_STATUS, Operations::system);
        calls.put(Operation.SYSTEM_GC, Operations::runGc);
        calls.put(Operation.DB_STATUS, Operations::dbStatus);
        calls.put(Operation.DB_ACTIVITY, Operations::dbActivity);
        calls.put(Operation.DB_SLOW_QUERIES, Operations::dbSlowQueries);
        calls.put(Operation.DB_LOCKS, Operations::dbLocks);
        calls.put(Operation.DB_CREATE_INDEXES, Operations::dbCreateIndexes);
        calls.put(Operation.DB_VACUUM, Operations::dbVacuum);
        calls.put(Operation.CONTAINERS_LIST, Operations::containers);
        calls.put(Operation.CONTAINERS_STATS, Operations::containerStats);
        calls.put(Operation.CONTAINERS_LOGS, o -> o.containerLogs("clio-matrix", null));
        calls.put(Operation.CONTAINERS_LOGS_STREAM, o -> o.streamContainerLogs("clio-matrix", null, l -> { }).close());
        calls.put(Operation.CONTAINERS_START, o -> o.startContainer("clio-matrix"));
        calls.put(Operation.CONTAINERS_STOP, o -> o.stopContainer("clio-matrix"));
        calls.put(Operation.CONTAINERS_RESTART, o -> o.restartContainer("clio-matrix"));
        calls.put(Operation.CONTAINERS_KILL, o -> o.killContainer("clio-matrix"));
        calls.put(Operation.AUDIT_QUERY, o -> o.audit(new Resources.AuditQuery(null, null, null, null, 5)));
        String inc = "INC-20000101000000";
        calls.put(Operation.INCIDENTS_OPEN, o -> o.openIncident(new Incidents.OpenRequest("matrix",
                Incidents.Severity.LOW, null, null, null)));
        calls.put(Operation.INCIDENTS_LIST, o -> o.incidents(5));
        calls.put(Operation.INCIDENTS_SHOW, o -> o.incident(inc));
        calls.put(Operation.INCIDENTS_EVENTS, o -> o.incidentEvents(inc, 0, null));
        calls.put(Operation.INCIDENTS_RECORD, o -> o.recordIncidentEvent(inc, new Incidents.EventRequest(
                Incidents.EventKind.NOTE, Map.of("text", "x"))));
        calls.put(Operation.INCIDENTS_EDIT_NOTE, o -> o.editIncidentNote(inc, 1, "x"));
        calls.put(Operation.INCIDENTS_PIN, o -> o.pinIncidentEvent(inc, 1, true));
        calls.put(Operation.INCIDENTS_SEVERITY, o -> o.changeIncidentSeverity(inc, Incidents.Severity.HIGH, null));
        calls.put(Operation.INCIDENTS_STATUS, o -> o.changeIncidentStatus(inc, Incidents.Status.IDENTIFIED, null));
        calls.put(Operation.INCIDENTS_RESOLVE, o -> o.resolveIncident(inc, new Incidents.ResolveRequest("a", "b",
                "c")));
        calls.put(Operation.INCIDENTS_COMMUNICATIONS, o -> o.incidentCommunications(inc));
        calls.put(Operation.INCIDENTS_COMMUNICATION_SENT, o -> o.markCommunicationSent(inc, "initial", null, null));
        calls.put(Operation.INCIDENTS_REPORT, o -> o.incidentReport(inc));
        calls.put(Operation.RUNBOOKS_COMMAND, o -> o.runbookCommand(new dev.clio.ops.Runbooks.CommandRequest(
                "service-down", "health", Map.of(), null)));
        calls.put(Operation.RUNBOOK_RUNS_RECORD, o -> o.recordRunbookRun(new dev.clio.ops.Runbooks.RunRecord(null,
                null, null, null, "service-down", "health", "investigation", "ok", "pass", "matrix", Map.of(),
                null, null, "embedded", null, null, 1)));
        calls.put(Operation.RUNBOOK_RUNS_LIST, o -> o.runbookRuns(5));
        calls.put(Operation.RUNBOOKS_SOURCES, o -> o.runbookSources());
        return calls;
    }

    @Test
    void everyOperationIsCovered() {
        assertThat(calls().keySet()).containsExactlyInAnyOrder(Operation.values());
    }

    @Test
    void eachCallNeedsExactlyTheRoleOfItsOperation() {
        for (Map.Entry<Operation, Consumer<Operations>> call : calls().entrySet()) {
            Role needed = Guard.role(call.getKey().access());
            for (Role role : Role.values()) {
                boolean allowed = needed == null || role.allows(needed);
                Operations ops = engine.operations(Caller.key("clio_" + role.label(), role, "127.0.0.1"));
                assertThat(forbidden(ops, call.getValue())).as(call.getKey().id() + " as " + role.label())
                        .isEqualTo(!allowed);
            }
        }
    }

    @Test
    void remediationsRecordTheirOperationIdAndTheCaller() {
        Operations admin = engine.operations(Caller.local("matrix"));
        calls().forEach((op, call) -> {
            if (op.isRemediation()) {
                forbidden(admin, call);
            }
        });
        var actions = admin.audit(new Resources.AuditQuery(null, "local:matrix", null, null, 100)).stream()
                .map(Resources.AuditEntry::action).toList();
        calls().keySet().stream().filter(Operation::isRemediation)
                .forEach(op -> assertThat(actions).as(op.id()).contains(op.id()));
    }

    /** Runs the call; true when it was refused for the role, false when it ran or failed for another reason. */
    private static boolean forbidden(Operations ops, Consumer<Operations> call) {
        try {
            call.accept(ops);
            return false;
        } catch (OpsException e) {
            return e.kind() == OpsException.Kind.FORBIDDEN;
        }
    }
}
