package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
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
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code capacity} against a real workspace and engine, in-process and through a real server on loopback. */
class CapacityCommandTest {

    /** The machine's own CPU, memory and disk (shared by whatever else runs) must not decide these tests. */
    static final String CALM_MACHINE = """
            capacity:
              - id: cpu
                threshold: 101
              - id: memory
                threshold: 101
              - id: storage
                threshold: 101
            """;

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
        Files.writeString(cli.ws.config().resolve("capacity.yaml"), CALM_MACHINE);
    }

    @AfterEach
    void stop() {
        server.close();
        cli.close();
        gate.close();
    }

    @Test
    void aFreshWorkspacePrintsThirtyEmptyDaysAndEveryCapacityRow() throws Exception {
        OpsCli.Result run = cli.run("capacity");
        assertThat(run.code()).as(run.err()).isZero();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(run.out()).startsWith("Growth " + today.minusDays(29) + " to " + today + " (UTC days")
                .contains("(UTC days, today still going on; workspace " + cli.ws.root() + ")")
                .containsPattern(today + "\\s+0\\s+0\\s+0\\s+0\\s+0\n")
                .containsPattern("total\\s+-\\s+0\\s+0\\s+0\\s+0\n")
                .containsPattern("CPU\\s+4 cores\\s+\\S.*>70% for 1 hour")
                .containsPattern("Database\\s+1000 conn\\s+no data\\s+>800 conn\\s+no_data\\s+no data: .+Scale up DB")
                .containsPattern("API Requests\\s+1000 RPS\\s+0 RPS\\s+>800 RPS\\s+ok\\s+0 RPS, trigger >800 RPS")
                .doesNotContain("holding:");
        assertThat(run.out().lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*"))).hasSize(30);
        JsonNode json = OpsCommandsTest.json(cli.run("capacity", "--days", "7", "--format", "json"));
        assertThat(json.get("growth").get("days")).hasSize(7);
        assertThat(json.get("growth").get("to").asText()).isEqualTo(today.toString());
        assertThat(json.get("triggered").asBoolean()).isFalse();
        assertThat(ids(json.get("capacity"), "id")).containsExactly("cpu", "memory", "storage", "database",
                "api_requests");
        JsonNode db = row(json, "database");
        assertThat(db.get("current").isNull()).isTrue();
        assertThat(db.get("state").asText()).isEqualTo("no_data");
        assertThat(row(json, "api_requests").get("current").asDouble()).isZero();
        assertThat(row(json, "cpu").get("for_seconds").asLong()).isEqualTo(3600);
        assertThat(row(json, "cpu").get("action").asText()).isEqualTo("Add 2 cores");
    }

    @Test
    void todaysExecutionsShowInTheGrowthSeries() throws Exception {
        cli.execute("HELLO.yaml");
        JsonNode json = OpsCommandsTest.json(cli.run("capacity", "--days", "2", "--format", "json"));
        JsonNode today = json.get("growth").get("days").get(1);
        assertThat(today.get("active_users").asLong()).isEqualTo(1);
        assertThat(today.get("executions").asLong()).isEqualTo(1);
        assertThat(today.get("succeeded").asLong()).isEqualTo(1);
        assertThat(json.get("growth").get("days").get(0).get("executions").asLong()).isZero();
    }

    @Test
    void aTriggeredRowFailsTheCommandAndAHoldingOneExplainsItself() throws Exception {
        Files.writeString(cli.ws.config().resolve("capacity.yaml"), """
                capacity:
                  - id: cpu
                    threshold: 101
                  - id: memory
                    op: ">="
                    threshold: 0
                  - id: storage
                    op: ">="
                    threshold: 0
                    trigger: ">=0% used"
                """);
        OpsCli.Result run = cli.run("capacity");
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("Storage\\s+100GB\\s+[0-9.]+%\\s+>=0% used\\s+triggered\\s+"
                        + "[0-9.]+% >=0% used: Add 100GB\\s+Add 100GB")
                .containsPattern("Memory\\s+8GB\\s+[0-9.]+%\\s+>80% for 30 min\\s+holding\\s+"
                        + "[0-9.]+% for 0 s of 30 min")
                .contains("holding: the trigger holds now; one sample cannot see for how long.");
        JsonNode json = OpsCommandsTest.json(cli.run("capacity", "--format", "json"));
        assertThat(json.get("triggered").asBoolean()).isTrue();
        assertThat(row(json, "storage").get("triggered").asBoolean()).isTrue();
        assertThat(row(json, "memory").get("held_seconds").asLong()).isZero();
    }

    @Test
    void badDaysAndABrokenOverrideAreOneLineEach() throws Exception {
        OpsCli.Result bad = cli.run("capacity", "--days", "0");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err()).startsWith("error: --days: '0' is not a whole number from 1 to 366");
        assertThat(cli.run("capacity", "--days", "367").err()).startsWith("error: --days: '367' is not");
        Files.writeString(cli.ws.config().resolve("capacity.yaml"), CALM_MACHINE + """
                  - id: database
                    threshold: lots
                """);
        OpsCli.Result run = cli.run("capacity");
        assertThat(run.code()).isZero();
        assertThat(run.err().lines().toList()).singleElement().asString()
                .isEqualTo("warning: " + cli.ws.config().resolve("capacity.yaml") + ":8: capacity 'database': "
                        + "'threshold' must be a number, not 'lots'; using the default");
    }

    @Test
    void remotelyTheSameSeriesAndRowsComeFromTheServer() throws Exception {
        cli.execute("HELLO.yaml");
        String url = "http://127.0.0.1:" + server.port();
        OpsCli.Result run = cli.raw("capacity", "--connection", url, "--api-key-env", "VIEWER_KEY", "--format",
                "json", "--days", "5");
        JsonNode remote = OpsJson.mapper().readTree(run.out());
        assertThat(remote.get("target").asText()).isEqualTo("server " + url);
        JsonNode local = OpsCommandsTest.json(cli.run("capacity", "--format", "json", "--days", "5"));
        assertThat(remote.get("growth")).isEqualTo(local.get("growth"));
        assertThat(ids(remote.get("capacity"), "id")).isEqualTo(ids(local.get("capacity"), "id"));
        assertThat(row(remote, "database").get("state").asText()).isEqualTo("no_data");
        assertThat(row(remote, "api_requests").get("state").asText()).isEqualTo("ok");
    }

    @Test
    void watchKeepsSampling() {
        OpsCli.Result json = cli.run("capacity", "--watch", "--interval", "1s", "--evaluations", "2", "--format",
                "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"evaluated_at\""));
        OpsCli.Result text = cli.run("capacity", "--watch", "--interval", "1s", "--evaluations", "2");
        assertThat(text.out().lines().filter(l -> l.startsWith("Growth "))).hasSize(1);
        assertThat(text.out().lines().filter(l -> l.startsWith("Capacity "))).hasSize(2);
    }

    private static JsonNode row(JsonNode json, String id) {
        return StreamSupport.stream(json.get("capacity").spliterator(), false)
                .filter(n -> n.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }
}
