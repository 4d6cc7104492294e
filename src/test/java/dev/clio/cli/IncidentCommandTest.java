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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code incident …} in text and JSON, in-process and against a real server on loopback serving the same engine. */
class IncidentCommandTest {

    @TempDir
    Path temp;
    OpsCli cli;
    SecurityGate gate;
    ApiServer server;
    private final Map<String, String> keys = new HashMap<>();

    @BeforeEach
    void serve() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        cli = OpsCli.create(temp, ws -> {
            try (ApiKeyService service = ApiKeyService.open(ws.security())) {
                Caller tester = Caller.local("tester");
                keys.put("OPERATOR_KEY", service.create(Role.OPERATOR, null, "cli operator", tester).secret());
                keys.put("VIEWER_KEY", service.create(Role.VIEWER, null, "cli viewer", tester).secret());
            }
            gate = ServerSecurity.open(ws.security());
            return EngineOptions.defaults().withEnvironment(Map.of()).sharedWithServer(registry, stats, gate);
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

    @Test
    void anIncidentIsDeclaredFollowedResolvedAndExportedInProcess() throws Exception {
        OpsCli.Result open = cli.run("incident", "open", "--severity", "critical", "--title", "API returning 500s",
                "--impact", "every call fails");
        assertThat(open.code()).as(open.err()).isZero();
        String id = open.out().strip();
        assertThat(id).matches("INC-\\d{14}");
        assertThat(cli.run("incident", "note", id, "pool exhausted").out()).isEqualTo("note #3 added to " + id
                + "\n");
        assertThat(cli.run("incident", "status", id, "identified", "--why", "found it").out())
                .isEqualTo(id + ": status identified\n");
        OpsCli.Result show = cli.run("incident", "show", id);
        assertThat(show.out()).contains("severity:     critical (Service completely down; respond within 5 "
                + "minutes").contains("status:       identified").contains("phase:        Detection and Alert")
                .contains("pool exhausted").contains("investigating -> identified: found it");
        assertThat(cli.run("incident", "list").out()).contains(id).contains("critical").contains("identified");
        OpsCli.Result resolve = cli.run("incident", "resolve", id, "--root-cause", "pool too small",
                "--resolution", "raised to 40", "--preventive", "alert on saturation");
        assertThat(resolve.out()).isEqualTo(id + ": resolved\n");
        OpsCli.Result export = cli.run("incident", "export", id);
        Path file = cli.ws.incidents().resolve(id + ".md");
        assertThat(export.out()).isEqualTo("wrote " + file + "\n");
        assertThat(Files.readString(file)).startsWith("# " + id + ": API returning 500s")
                .contains("- Root cause: pool too small").isEqualTo(cli.local().incidentReport(id).markdown());
    }

    @Test
    void jsonIsTheSameRecordsInBothModes() throws Exception {
        JsonNode opened = OpsCommandsTest.json(cli.raw(remote("OPERATOR_KEY", "incident", "open", "--severity",
                "high", "--title", "Slow", "--format", "json")));
        String id = opened.get("id").asText();
        assertThat(opened.get("severity").asText()).isEqualTo("high");
        assertThat(opened.get("declared_by").asText()).startsWith("key:clio_");
        JsonNode note = OpsCommandsTest.json(cli.raw(remote("OPERATOR_KEY", "incident", "note", id, "from afar",
                "--format", "json")));
        assertThat(note.get("kind").asText()).isEqualTo("note");
        JsonNode local = OpsCommandsTest.json(cli.run("incident", "show", id, "--format", "json"));
        JsonNode remote = OpsCommandsTest.json(cli.raw(remote("VIEWER_KEY", "incident", "show", id, "--format",
                "json")));
        assertThat(remote.get("events")).isEqualTo(local.get("events"));
        assertThat(remote.get("incident").get("revision")).isEqualTo(local.get("incident").get("revision"));
        assertThat(local.get("events").findValuesAsText("kind")).containsExactly("detection", "kpi-snapshot", "note");
        assertThat(cli.raw(remote("VIEWER_KEY", "incident", "list")).out()).isEqualTo(cli.run("incident", "list")
                .out());
        Path out = temp.resolve("reports").resolve("x.md");
        assertThat(cli.raw(remote("VIEWER_KEY", "incident", "export", id, "--out", out.toString())).code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(cli.local().incidentReport(id).markdown());
    }

    @Test
    void badInputAndMissingRolesAreOneErrorLine() {
        OpsCli.Result severity = cli.run("incident", "open", "--severity", "urgent", "--title", "x");
        assertThat(severity.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(severity.err()).isEqualTo("error: severity: 'urgent' is not one of critical, high, medium, low\n");
        OpsCli.Result missing = cli.run("incident", "show", "INC-20000101000000");
        assertThat(missing.err()).isEqualTo("error: no incident INC-20000101000000; 'incident list' shows the known "
                + "ones\n");
        OpsCli.Result viewer = cli.raw(remote("VIEWER_KEY", "incident", "open", "--severity", "low", "--title", "x"));
        assertThat(viewer.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(viewer.err().lines()).singleElement().asString().startsWith("error: ").contains("incidents.open");
        OpsCli.Result status = cli.run("incident", "status", "INC-20000101000000", "resolved");
        assertThat(status.err()).startsWith("error: status: an incident is resolved with 'resolve'");
    }

    @Test
    void theApiAnswersBadRequestsWithAClientErrorThatNamesTheField() throws Exception {
        assertThat(post("/api/v1/incidents", "{\"title\": \"x\", \"severity\": \"urgent\"}"))
                .startsWith("400 ").contains("severity").contains("critical, high, medium, low");
        assertThat(post("/api/v1/incidents", "{\"title\": \"x\", \"severity\": \"low\", \"owner\": 1}"))
                .startsWith("400 ").contains("unknown field 'owner'");
        assertThat(post("/api/v1/incidents", "{\"severity\": \"low\"}")).startsWith("400 ")
                .contains("title: required");
        assertThat(post("/api/v1/incidents/INC-20000101000000/events", "{\"kind\": \"note\", \"payload\": "
                + "{\"text\": \"x\"}}")).startsWith("404 ");
        assertThat(post("/api/v1/incidents/INC-20000101000000/events/zero/pin", "{}")).startsWith("400 ")
                .contains("seq");
        String created = post("/api/v1/incidents", "{\"title\": \"x\", \"severity\": \"low\"}");
        assertThat(created).startsWith("201 ").contains("\"status\":\"investigating\"");
    }

    /** A raw request with the operator's key: "STATUS body". */
    private String post(String path, String json) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port()
                + path)).header("X-API-Key", keys.get("OPERATOR_KEY")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private String[] remote(String key, String... command) {
        return Stream.concat(Stream.of(command), Stream.of("--connection", "http://127.0.0.1:" + server.port(),
                "--api-key-env", key)).toArray(String[]::new);
    }
}
