package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same commands against a real server on a loopback port, serving the same engine, give the same answers as
 * in-process. Values measured at the moment of the call (timestamps, latencies, uptime) are left out of the
 * comparison; everything else must be equal.
 */
class RemoteModeTest {

    private static final List<String> MOMENTARY = List.of("timestamp", "latency_ms", "uptime_seconds", "mode");

    @TempDir
    Path temp;
    OpsCli cli;
    SecurityGate gate;
    ApiServer server;

    @BeforeEach
    void serve() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        cli = OpsCli.create(temp, ws -> {
            try (ApiKeyService keys = ApiKeyService.open(ws.security())) {
                Caller tester = Caller.local("tester");
                env("ADMIN_KEY", keys.create(Role.ADMIN, null, "cli admin", tester).secret());
                env("VIEWER_KEY", keys.create(Role.VIEWER, null, "cli viewer", tester).secret());
            }
            gate = ServerSecurity.open(ws.security());
            return EngineOptions.defaults().withEnvironment(Map.of()).sharedWithServer(registry, stats, gate);
        });
        cli.env.putAll(pending);
        server = ApiServer.start(cli.engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).build());
        Files.writeString(cli.ws.artifacts().resolve("diagnostics.json"), "{}");
        cli.execute("HELLO.yaml");
    }

    private final Map<String, String> pending = new java.util.HashMap<>();

    private void env(String name, String value) {
        pending.put(name, value);
    }

    @AfterEach
    void stop() {
        server.close();
        cli.close();
        gate.close();
    }

    @Test
    void readCommandsAnswerTheSameJsonInBothModes() throws Exception {
        List<String[]> commands = List.of(new String[] {"health"}, new String[] {"info"}, new String[] {"tokens"},
                new String[] {"logs", "--workflow", "Hello"}, new String[] {"config", "show"},
                new String[] {"config", "validate"}, new String[] {"artifacts", "list"},
                new String[] {"db", "status"}, new String[] {"db", "slow-queries"}, new String[] {"db", "locks"},
                new String[] {"audit", "--since", "1h"}, new String[] {"adapters"});
        for (String[] command : commands) {
            JsonNode local = stable(OpsCommandsTest.json(cli.run(with(command, "--format", "json"))));
            JsonNode remote = stable(OpsCommandsTest.json(cli.raw(remote(command, "ADMIN_KEY", "--format",
                    "json"))));
            assertThat(remote).as(String.join(" ", command)).isEqualTo(local);
        }
    }

    @Test
    void infoSaysWhichModeAnswered() throws Exception {
        assertThat(OpsCommandsTest.json(cli.run("info", "--format", "json")).get("mode").asText())
                .isEqualTo("embedded");
        assertThat(OpsCommandsTest.json(cli.raw(remote(new String[] {"info"}, "VIEWER_KEY", "--format", "json")))
                .get("mode").asText()).isEqualTo("remote");
    }

    @Test
    void workflowMetricsAreTheSame() throws Exception {
        JsonNode local = OpsCommandsTest.json(cli.run("metrics", "--window", "15m", "--format", "json"));
        JsonNode remote = OpsCommandsTest.json(cli.raw(remote(new String[] {"metrics", "--window", "15m"},
                "VIEWER_KEY", "--format", "json")));
        for (String field : List.of("window", "workflow_executions", "successful_executions", "failed_executions")) {
            assertThat(remote.get(field)).as(field).isEqualTo(local.get(field));
        }
        assertThat(remote.get("workflow_executions").asLong()).isEqualTo(1);
    }

    @Test
    void textOutputIsTheSameToo() {
        for (String[] command : List.<String[]>of(new String[] {"tokens"}, new String[] {"config", "show"},
                new String[] {"artifacts", "list"}, new String[] {"logs", "--workflow", "Hello"})) {
            assertThat(cli.raw(remote(command, "VIEWER_KEY")).out()).as(command[0]).isEqualTo(cli.run(command).out());
        }
    }

    @Test
    void aRemoteRemediationNamesTheServerAndRunsThere() throws Exception {
        Path tmp = Files.writeString(cli.ws.artifacts().resolve("x.tmp"), "partial");
        OpsCli.Result refused = cli.raw(remote(new String[] {"artifacts", "clean"}, "ADMIN_KEY"));
        assertThat(refused.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(refused.err()).contains("target:      server http://127.0.0.1:" + server.port())
                .contains("environment: development").contains("refused: artifacts.clean needs --yes");
        assertThat(tmp).exists();
        OpsCli.Result done = cli.raw(remote(new String[] {"artifacts", "clean", "--yes"}, "ADMIN_KEY"));
        assertThat(done.code()).isZero();
        assertThat(done.out()).startsWith("Removed 1 file(s), 7 B:");
        assertThat(tmp).doesNotExist();
        JsonNode audit = OpsCommandsTest.json(cli.run("audit", "--action", "artifacts.clean", "--format", "json"));
        assertThat(audit.get("entries").findValuesAsText("actor")).allMatch(a -> a.startsWith("key:"));
    }

    @Test
    void aRoleTheServerRefusesIsOneErrorLine() {
        OpsCli.Result run = cli.raw(remote(new String[] {"db", "vacuum", "--yes"}, "VIEWER_KEY"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("error: Not allowed: your role viewer may not db.vacuum: it needs operator");
    }

    @Test
    void aWrongKeyIsOneErrorLine() {
        cli.env.put("BAD_KEY", "clio_" + "x".repeat(43));
        OpsCli.Result run = cli.raw(remote(new String[] {"info"}, "BAD_KEY"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("error: The server at http://127.0.0.1:" + server.port() + " did not accept the API key")
                .doesNotContain("clio_xxx");
    }

    /** The answer without what is measured at the moment of the call. */
    private static JsonNode stable(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(MOMENTARY);
            if (object.has("checks")) {
                object.get("checks").forEach(c -> ((ObjectNode) c).remove("message"));
            }
        }
        return node;
    }

    private String[] remote(String[] command, String keyVariable, String... more) {
        return with(with(command, "--connection", "http://127.0.0.1:" + server.port(), "--api-key-env",
                keyVariable), more);
    }

    private static String[] with(String[] command, String... more) {
        return Stream.concat(Stream.of(command), Stream.of(more)).toArray(String[]::new);
    }
}
