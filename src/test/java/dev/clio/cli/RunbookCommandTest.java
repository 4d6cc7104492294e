package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
import dev.clio.ops.RequestStats;
import dev.clio.ops.Resources;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.ApiKeyService;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runbook list | show | run} over a real engine, in-process and against a real server on loopback. */
class RunbookCommandTest {

    @TempDir
    Path temp;
    OpsCli cli;
    SecurityGate gate;
    ApiServer server;
    final Map<String, String> keys = new HashMap<>();

    @BeforeEach
    void serve() throws Exception {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var stats = new RequestStats();
        cli = OpsCli.create(temp, ws -> {
            try (ApiKeyService service = ApiKeyService.open(ws.security())) {
                Caller tester = Caller.local("tester");
                keys.put("OPERATOR_KEY", service.create(Role.OPERATOR, null, "cli operator", tester).secret());
                keys.put("VIEWER_KEY", service.create(Role.VIEWER, null, "cli viewer", tester).secret());
            }
            gate = ServerSecurity.open(ws.security());
            return EngineOptions.defaults().withEnvironment(Map.of("CLI_ORCHESTRATOR_DOCKER_HOST",
                    "unix://" + ws.root().resolve("none.sock"))).sharedWithServer(registry, stats, gate);
        });
        cli.env.putAll(keys);
        server = ApiServer.start(cli.engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).build());
    }

    @AfterEach
    void stop() {
        server.close();
        cli.close();
        gate.close();
    }

    OpsCli.Result remote(String key, String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
                "--connection", "http://127.0.0.1:" + server.port(), "--api-key-env", key)).toArray(String[]::new);
        return cli.raw(all);
    }

    static JsonNode json(String text) throws Exception {
        return OpsJson.mapper().readTree(text);
    }

    @Test
    void listShowsBuiltinsAndReportsBrokenWorkspaceRunbooks() throws Exception {
        OpsCli.Result text = cli.run("runbook", "list");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("service-down", "critical", "5m", "high-memory-usage", "warning", "builtin");

        Files.writeString(cli.ws.runbooks().resolve("broken.yaml"), "id: broken\ntitle: B\nseverity: loud\n"
                + "steps: [{id: a, kind: manual, instructions: x}]\n");
        OpsCli.Result broken = cli.run("runbook", "list", "--format", "json");
        assertThat(broken.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(broken.err()).contains("broken.yaml:3:11: error:");
        JsonNode list = json(broken.out());
        assertThat(list.get(0).path("id").asText()).isEqualTo("service-down");
        assertThat(list.get(0).path("response_time").asText()).isEqualTo("5m");
        assertThat(list.get(0).path("steps").get(0).asText()).isEqualTo("health");
        assertThat(list.get(0).path("source").asText()).isEqualTo("builtin");
        assertThat(list.get(0).path("alerts").get(0).asText()).isEqualTo("service_down");
    }

    @Test
    void showNamesEveryCallAndRule() {
        OpsCli.Result r = cli.run("runbook", "show", "high-memory-usage");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("runs:  system.status", "when memory_percent > 90 -> fail, next restart",
                "runs:  containers.restart {container=${params.container}}", "param container (string, default "
                        + "cli-orchestrator)");
        OpsCli.Result unknown = cli.run("runbook", "show", "high-memory");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(unknown.err()).contains("error: no runbook 'high-memory'; did you mean 'high-memory-usage'?");
    }

    @Test
    void runPrintsVerdictsInTextAndJson() throws Exception {
        OpsCli.Result text = cli.run("runbook", "run", "high-memory-usage");
        assertThat(text.out()).containsPattern("\\[(PASS|WARN|FAIL)\\] +memory +Memory [0-9.]+ %")
                .contains("[SKIPPED] gc", "[FAILED] containers");
        OpsCli.Result j = cli.run("runbook", "run", "service-down", "--format", "json");
        JsonNode doc = json(j.out());
        assertThat(doc.path("runbook").asText()).isEqualTo("service-down");
        JsonNode health = doc.path("steps").get(0);
        assertThat(health.path("id").asText()).isEqualTo("health");
        assertThat(health.path("kind").asText()).isEqualTo("investigation");
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("verdict").asText()).isIn("pass", "warn");
        assertThat(health.path("duration_ms").isNumber()).isTrue();
        // the container steps fail (no engine here), so the run reports problems
        assertThat(j.code()).isEqualTo(ExitCodes.PROBLEMS);
    }

    @Test
    void remediationsWithoutYesOrATerminalAreRefusedAndNothingRuns() throws Exception {
        OpsCli.Result r = cli.run("runbook", "run", "high-memory-usage", "--step", "gc", "--format", "json");
        assertThat(r.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(json(r.out()).path("steps").get(0).path("status").asText()).isEqualTo("refused");
        assertThat(r.err()).contains("high-memory-usage / gc will run:", "operation:   system.gc",
                "environment: development");
        assertThat(audit("system.gc")).isEmpty();

        cli.confirmer.interactive = true;
        cli.confirmer.answers.add("no");
        assertThat(cli.run("runbook", "run", "high-memory-usage", "--step", "gc").out()).contains("[REFUSED] gc");
        assertThat(cli.confirmer.prompts).containsExactly("Type 'yes' to continue: ");
        assertThat(audit("system.gc")).isEmpty();

        cli.confirmer.answers.add("yes");
        OpsCli.Result yes = cli.run("runbook", "run", "high-memory-usage", "--step", "gc");
        assertThat(yes.code()).isZero();
        assertThat(audit("system.gc")).hasSize(1);
    }

    @Test
    void withAnIncidentEveryStepRunLandsInItsTimelineAndReport() {
        var incident = cli.local().openIncident(new dev.clio.ops.Incidents.OpenRequest("memory climbing",
                dev.clio.ops.Incidents.Severity.HIGH, null, null, null));
        OpsCli.Result r = cli.run("runbook", "run", "high-memory-usage", "--incident", incident.id());
        assertThat(r.err()).doesNotContain("not recorded");
        var steps = cli.local().incidentEvents(incident.id(), 0, dev.clio.ops.Incidents.EventKind.RUNBOOK_STEP)
                .events();
        var investigations = dev.clio.runbook.RunbookCatalog.builtinsOnly().snapshot().runbook("high-memory-usage")
                .orElseThrow().steps().stream()
                .filter(st -> st.kind() == dev.clio.runbook.RunbookStep.StepKind.INVESTIGATION)
                .map(dev.clio.runbook.RunbookStep::id).toList();
        assertThat(steps).extracting(e -> e.payload().get("step")).containsExactlyElementsOf(investigations);
        assertThat(steps.get(0).payload()).containsEntry("runbook", "high-memory-usage")
                .containsKeys("operation", "verdict", "digest", "duration_ms");
        assertThat(cli.local().incidentReport(incident.id()).markdown()).contains("## Runbook transcripts",
                "high-memory-usage / " + investigations.get(0));

        OpsCli.Result unknown = cli.run("runbook", "run", "high-memory-usage", "--incident", "INC-20000101000000");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.out()).doesNotContain("[PASS]", "[WARN]", "[FAIL]");
    }

    @Test
    void theConfirmationShowsResolvedParametersNotPlaceholders() {
        OpsCli.Result r = cli.run("runbook", "run", "high-memory-usage", "--step", "restart", "--param",
                "container=web-7");
        assertThat(r.out()).contains("[REFUSED] restart");
        assertThat(r.err()).contains("operation:   containers.restart {container=web-7}")
                .doesNotContain("${params.");
    }

    @Test
    void yesRunsAndTheRunIsInTheSharedHistory() {
        OpsCli.Result r = remote("OPERATOR_KEY", "runbook", "run", "high-memory-usage", "--step", "gc", "--yes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[OK]");
        var runs = cli.local().runbookRuns(5);
        assertThat(runs.get(0).stepId()).isEqualTo("gc");
        assertThat(runs.get(0).confirmation()).isEqualTo("--yes");
        assertThat(runs.get(0).target()).contains("http://127.0.0.1:" + server.port());
    }

    @Test
    void viewerKeysAreRefusedWithTheReason() {
        OpsCli.Result r = remote("VIEWER_KEY", "runbook", "run", "high-memory-usage", "--step", "gc", "--yes");
        assertThat(r.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.out()).contains("[REFUSED] gc", "needs the operator role");
        assertThat(audit("system.gc")).isEmpty();
        OpsCli.Result investigations = remote("VIEWER_KEY", "runbook", "run", "high-memory-usage", "--format",
                "json");
        assertThat(investigations.out()).contains("\"id\" : \"memory\"");
    }

    @Test
    void badParametersAreUsageErrors() {
        OpsCli.Result r = cli.run("runbook", "run", "high-memory-usage", "--step", "restart", "--param",
                "container=a b", "--yes");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(r.err()).contains("error: parameter container: 'a b' does not match the pattern");
    }

    @Test
    void historyListsRunsAndARerunAsksForSecretsAgain() throws Exception {
        Files.writeString(cli.ws.runbooks().resolve("secretive.yaml"), """
                id: secretive
                title: Secretive
                severity: info
                params:
                  needle: {type: string, secret: true}
                steps:
                  - id: search
                    kind: investigation
                    call: logs.query
                    with: {text: '${params.needle}'}
                    verdict:
                      - when: {value: count(items), op: '>', than: 0}
                        status: warn
                        say: "{value} lines"
                    otherwise: {status: pass, say: "nothing found"}
                """);
        OpsCli.Result first = cli.run("runbook", "run", "secretive", "--param", "needle=hunter2");
        assertThat(first.code()).as(first.err()).isZero();
        OpsCli.Result history = cli.run("runbook", "history");
        assertThat(history.out()).contains("secretive", "search", "nothing found").doesNotContain("hunter2");
        var run = cli.local().runbookRuns(1).get(0);
        assertThat(run.params()).containsEntry("needle", "[REDACTED]");

        OpsCli.Result again = cli.run("runbook", "run", "--rerun", run.id().substring(0, 8));
        assertThat(again.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(again.err()).contains("secret parameter(s) needle; give them again with --param NAME=VALUE");
        OpsCli.Result ok = cli.run("runbook", "run", "--rerun", run.id(), "--param", "needle=hunter2");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).containsPattern("\\[PASS\\] +search +nothing found");
        assertThat(cli.local().runbookRuns(5)).hasSize(2);

        cli.confirmer.interactive = true;
        cli.confirmer.answers.add("hunter2");
        OpsCli.Result prompted = cli.run("runbook", "run", "--rerun", run.id());
        assertThat(prompted.code()).as(prompted.err()).isZero();
        assertThat(cli.confirmer.prompts).containsExactly("Value of the secret parameter needle: ");
    }

    java.util.List<Resources.AuditEntry> audit(String action) {
        return cli.local().audit(new Resources.AuditQuery(null, null, action, null, 50)).stream()
                .filter(e -> e.action().equals(action)).toList();
    }
}
