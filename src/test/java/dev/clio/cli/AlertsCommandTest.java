package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.RequestStats;
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
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alerts} against a real workspace and engine, in-process and through a real server on loopback. */
class AlertsCommandTest {

    @TempDir
    java.nio.file.Path temp;
    OpsCli cli;
    SecurityGate gate;
    ApiServer server;
    final Map<String, String> keys = new HashMap<>();

    @BeforeEach
    void serve() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        cli = OpsCli.create(temp, ws -> {
            try (ApiKeyService service = ApiKeyService.open(ws.security())) {
                keys.put("VIEWER_KEY", service.create(Role.VIEWER, null, "viewer", Caller.local("t")).secret());
            }
            gate = ServerSecurity.open(ws.security());
            return EngineOptions.defaults().withEnvironment(Map.of()).sharedWithServer(registry, stats, gate);
        });
        cli.env.putAll(keys);
        server = ApiServer.start(cli.engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).build());
        Files.writeString(cli.ws.config().resolve("kpis.yaml"), CALM_MACHINE);
    }

    /** The machine's own CPU, memory and disk (shared by whatever else runs) must not decide these tests. */
    static final String CALM_MACHINE = """
            kpis:
              - id: cpu_usage
                warning: 100
                critical: 100
              - id: memory_usage
                warning: 100
                critical: 100
              - id: disk_usage
                warning: 100
                critical: 100
            """;

    @AfterEach
    void stop() {
        server.close();
        cli.close();
        gate.close();
    }

    @Test
    void aFreshWorkspacePrintsEveryKpiAndRuleAndNothingPages() throws Exception {
        OpsCli.Result run = cli.run("alerts");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Evaluated ").contains("(workspace " + cli.ws.root() + ")")
                .containsPattern("system\\s+API Error Rate\\s+no data\\s+no_data")
                .containsPattern("security\\s+Suspicious Activity\\s+0 incidents\\s+ok")
                .containsPattern("Service Down\\s+inactive\\s+critical\\s+0s\\s+5m\\s+Service Down Alert")
                .containsPattern("High Memory Usage\\s+inactive\\s+warning\\s+5m\\s+30m")
                .doesNotContain("pending:");
        JsonNode json = OpsCommandsTest.json(cli.run("alerts", "--format", "json"));
        assertThat(json.get("kpis")).hasSize(15);
        assertThat(json.get("alerts")).hasSize(20);
        assertThat(ids(json.get("kpis"), "id")).as("every definition judges a reading the engine reports")
                .containsExactlyInAnyOrderElementsOf(cli.local().kpiSnapshot().readings().stream()
                        .map(dev.clio.ops.Metrics.KpiReading::id).toList());
        assertThat(json.get("critical_active").asBoolean()).isFalse();
        JsonNode errors = kpi(json, "api_error_rate");
        assertThat(errors.get("value").isNull()).isTrue();
        assertThat(errors.get("state").asText()).isEqualTo("no_data");
        assertThat(kpi(json, "suspicious_activity").get("value").asDouble()).isZero();
        assertThat(kpi(json, "api_response_time_p95").get("ladder").findValuesAsText("text"))
                .containsExactly("<200ms", ">500ms", ">1000ms");
        JsonNode errorRule = alert(json, "high_error_rate");
        assertThat(errorRule.get("condition").asText()).isEqualTo("api_error_rate > 5");
        assertThat(errorRule.get("pending_for").asText()).isEqualTo("5m");
        assertThat(errorRule.get("response_target").asText()).isEqualTo("10m");
    }

    @Test
    void aHoldingConditionIsPendingAndACriticalOneFailsTheCommand() throws Exception {
        Files.writeString(cli.ws.config().resolve("kpis.yaml"), CALM_MACHINE + """
                  - id: memory_usage
                    warning: {value: 0, op: ">="}
                    critical: {value: 0, op: ">="}
                """);
        OpsCli.Result run = cli.run("alerts");
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("Memory Usage\\s+[0-9.]+%\\s+critical\\s+memory [0-9.]+% >= critical 0%")
                .containsPattern("High Memory Usage\\s+pending\\s+warning\\s+5m")
                .containsPattern("Memory Usage critical\\s+pending\\s+critical\\s+5m")
                .contains("pending: the condition holds now; one evaluation cannot see its 'for' duration.");
        JsonNode json = OpsCommandsTest.json(cli.run("alerts", "--format", "json"));
        assertThat(json.get("critical_active").asBoolean()).isTrue();
        assertThat(alert(json, "memory_usage_critical").get("state").asText()).isEqualTo("pending");
        assertThat(alert(json, "memory_usage_critical").get("remaining_response_seconds").isNull()).isTrue();
    }

    @Test
    void aBrokenOverrideIsOneWarningLineAndTheDefaultsApply() throws Exception {
        Files.writeString(cli.ws.config().resolve("alerts.yaml"), "alerts:\n  - id: service_down\n    for: soon\n");
        OpsCli.Result run = cli.run("alerts");
        assertThat(run.code()).isZero();
        assertThat(run.err().lines().toList()).singleElement().asString()
                .isEqualTo("warning: " + cli.ws.config().resolve("alerts.yaml") + ":2: alert 'service_down': "
                        + "'for': 'soon' is not a duration; use a number and a unit s, m, h or d, e.g. 10m, 1h, "
                        + "24h, 7d; using the default");
        assertThat(run.out()).containsPattern("Service Down\\s+inactive\\s+critical\\s+0s");
    }

    @Test
    void anUnhealthyServiceFiresServiceDownAtOnceWithItsResponseClock() throws Exception {
        Files.delete(cli.ws.schemas().resolve("workflow.schema.json"));
        OpsCli.Result run = cli.run("alerts");
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.out()).containsPattern("Service Down\\s+firing\\s+critical\\s+0s\\s+5m \\(\\d min left\\)"
                + "\\s+Service Down Alert\\s+health unhealthy");
        JsonNode down = alert(OpsCommandsTest.json(cli.run("alerts", "--format", "json")), "service_down");
        assertThat(down.get("remaining_response_seconds").asLong()).isBetween(290L, 300L);
    }

    @Test
    void dailyActiveUsersAreJudgedOnTheStoresCompletedDays() throws Exception {
        JsonNode fresh = kpi(OpsCommandsTest.json(cli.run("alerts", "--format", "json")), "daily_active_users");
        assertThat(fresh.get("state").asText()).as(fresh.toString()).isEqualTo("ok");
        assertThat(fresh.get("reason").asText()).contains("0 → 0 users: not declining");
        // 4, 3, 2, 1 users on the four days before today: declining 3 days, the runbook's warning
        java.time.Instant today = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        for (int daysAgo = 4; daysAgo >= 1; daysAgo--) {
            for (int user = 0; user < daysAgo; user++) {
                String id = "exec_d" + daysAgo + "u" + user;
                java.time.Instant at = today.minus(java.time.Duration.ofDays(daysAgo)).plusSeconds(3600 + user);
                cli.engine.store().executionStarted(id, "HELLO", "HELLO.yaml", "key:user" + user, false, at);
                cli.engine.store().executionFinished(id, "succeeded", 5, null, at.plusSeconds(1));
            }
        }
        JsonNode declining = kpi(OpsCommandsTest.json(cli.run("alerts", "--format", "json")), "daily_active_users");
        assertThat(declining.get("state").asText()).isEqualTo("warning");
        assertThat(declining.get("reason").asText())
                .startsWith("daily active users 4 → 3 → 2 → 1 users: declining 3 days, warning at Declining 3 days");
        String url = "http://127.0.0.1:" + server.port();
        OpsCli.Result remote = cli.raw("alerts", "--connection", url, "--api-key-env", "VIEWER_KEY", "--format",
                "json");
        assertThat(kpi(dev.clio.ops.OpsJson.mapper().readTree(remote.out()), "daily_active_users").get("state")
                .asText()).isEqualTo("warning");
    }

    @Test
    void watchKeepsEvaluatingTheSameRules() {
        OpsCli.Result run = cli.run("alerts", "--watch", "--interval", "1s", "--evaluations", "2");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("Evaluated "))).hasSize(2);
        OpsCli.Result json = cli.run("alerts", "--watch", "--interval", "1s", "--evaluations", "2", "--format",
                "json");
        assertThat(json.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"evaluated_at\""));
        OpsCli.Result bad = cli.run("alerts", "--interval", "soon");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err()).startsWith("error: --interval: 'soon' is not a duration");
    }

    @Test
    void remotelyTheSameRulesJudgeTheServersKpis() throws Exception {
        String url = "http://127.0.0.1:" + server.port();
        OpsCli.Result run = cli.raw("alerts", "--connection", url, "--api-key-env", "VIEWER_KEY", "--format", "json");
        JsonNode remote = dev.clio.ops.OpsJson.mapper().readTree(run.out());
        // remotely the jar's defaults apply (no workspace here), so the machine probes may page
        assertThat(run.code()).as(run.err()).isEqualTo(remote.get("critical_active").asBoolean()
                ? ExitCodes.PROBLEMS : ExitCodes.OK);
        JsonNode local = OpsCommandsTest.json(cli.run("alerts", "--format", "json"));
        assertThat(remote.get("target").asText()).isEqualTo("server " + url);
        assertThat(ids(remote.get("alerts"), "id")).isEqualTo(ids(local.get("alerts"), "id"));
        // the machine probes (CPU, memory, disk) move between the two calls; the rest must agree
        for (String id : List.of("service_down", "high_error_rate", "workflow_execution_failures",
                "token_efficiency_critical", "suspicious_activity_critical", "api_key_misuse_critical")) {
            assertThat(alert(remote, id).get("state")).as(id).isEqualTo(alert(local, id).get("state"));
            assertThat(alert(remote, id).get("reason")).as(id).isEqualTo(alert(local, id).get("reason"));
        }
        assertThat(kpi(remote, "suspicious_activity").get("state").asText()).isEqualTo("ok");
        assertThat(kpi(remote, "service_uptime").get("value").asDouble()).isEqualTo(100.0);
    }

    @Test
    void aServerThatDoesNotAnswerIsServiceDownWithStaleTiles() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OpsCli.Result run = cli.raw("alerts", "--connection", "http://127.0.0.1:" + closed, "--format", "json");
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l)
                .startsWith("warning: ").contains("did not answer: Cannot reach the server"));
        JsonNode json = dev.clio.ops.OpsJson.mapper().readTree(run.out());
        assertThat(ids(json.get("kpis"), "state")).containsOnly("stale");
        assertThat(alert(json, "service_down").get("state").asText()).isEqualTo("firing");
        assertThat(alert(json, "service_down").get("reason").asText()).isEqualTo("health did not answer");
    }

    private static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    private static JsonNode kpi(JsonNode json, String id) {
        return find(json.get("kpis"), id);
    }

    private static JsonNode alert(JsonNode json, String id) {
        return find(json.get("alerts"), id);
    }

    private static JsonNode find(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get("id").asText().equals(id))
                .findFirst().orElseThrow();
    }
}
