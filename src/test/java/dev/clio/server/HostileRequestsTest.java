package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Client mistakes and attacks get a 4xx in the one error shape, never a 500 and never a stack trace. */
class HostileRequestsTest {

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static JsonNode error(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = TestServer.json(r);
        assertThat(body.path("error").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(body.path("request_id").asText()).isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
        return body;
    }

    @Test
    void malformedJsonIs400() {
        JsonNode body = error(t.post("/api/v1/workflows/execute", t.operator, "{\"workflow_file\": "), 400,
                "validation_error");
        assertThat(body.path("message").asText()).contains("malformed JSON");
        error(t.post("/api/v1/workflows/execute", t.operator, "[1,2"), 400, "validation_error");
        error(t.post("/api/v1/workflows/execute", t.operator, "{\"workflow_file\":\"a.yaml\"} trailing"), 400,
                "validation_error");
    }

    @Test
    void unknownFieldsAndWrongTypesAreNamed() {
        assertThat(error(t.post("/api/v1/workflows/execute", t.operator,
                "{\"workflow_file\":\"a.yaml\",\"dryrun\":true}"), 400, "validation_error")
                .path("message").asText()).contains("unknown field 'dryrun'").contains("dry_run");
        assertThat(error(t.post("/api/v1/workflows/execute", t.operator,
                "{\"workflow_file\":\"a.yaml\",\"dry_run\":\"yes\"}"), 400, "validation_error")
                .path("message").asText()).contains("dry_run");
        assertThat(error(t.post("/api/v1/workflows/execute", t.operator,
                "{\"workflow_file\":\"a.yaml\",\"max_tokens\":-5}"), 400, "validation_error")
                .path("message").asText()).contains("max_tokens");
        assertThat(error(t.post("/api/v1/workflows/execute", t.operator, "{}"), 400, "validation_error")
                .path("message").asText()).contains("workflow_file");
        assertThat(error(t.post("/api/v1/system/gc", t.operator, "{\"force\":true}"), 400, "validation_error")
                .path("message").asText()).contains("force");
        assertThat(error(t.get("/api/v1/logs?levle=ERROR", t.viewer), 400, "validation_error")
                .path("message").asText()).contains("levle").contains("level");
        assertThat(error(t.get("/api/v1/logs?level=LOUD", t.viewer), 400, "validation_error")
                .path("message").asText()).startsWith("level:");
        assertThat(error(t.get("/api/v1/executions?limit=0", t.viewer), 400, "validation_error")
                .path("message").asText()).startsWith("limit:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "10x", "-5m", "1.5h", "m", "9999999d", "10m;rm"})
    void badDurationsName400TheParameter(String since) {
        String q = java.net.URLEncoder.encode(since, StandardCharsets.UTF_8);
        assertThat(error(t.get("/api/v1/logs?since=" + q, t.viewer), 400, "validation_error")
                .path("message").asText()).startsWith("since:");
        assertThat(error(t.get("/api/v1/metrics/summary?window=" + q, t.viewer), 400, "validation_error")
                .path("message").asText()).startsWith("window:");
    }

    @Test
    void oversizedBodiesAre413EvenWhenChunked() {
        String big = "{\"workflow_file\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        error(t.post("/api/v1/workflows/execute", t.operator, big), 413, "payload_too_large");
        HttpRequest.Builder chunked = HttpRequest.newBuilder(t.uri("/api/v1/workflows/execute"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8))));
        error(t.send(chunked, t.operator), 413, "payload_too_large");
        assertThat(t.ops.calls).noneMatch(c -> c.name().equals("execute")
                && c.args().toString().length() > 1024 * 1024);
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() {
        assertThat(error(t.get("/api/v1/nope", t.viewer), 404, "not_found").path("message").asText())
                .contains("/api/v1/nope");
        error(t.get("/", null), 404, "not_found");
        error(t.send("DELETE", "/api/v1/workflows", t.admin, null), 405, "method_not_allowed");
        error(t.get("/api/v1/workflows/execute", t.admin), 405, "method_not_allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/executions/..%2F..%2Fetc%2Fpasswd", "/api/v1/executions/%2e%2e%2fsecret",
        "/api/v1/executions/../../etc/passwd", "/api/v1/executions/..", "/api/v1/executions/%2e%2e",
        "/api/v1/executions/a%00b", "/api/v1/config/..%2f..%2fx", "/api/v1/config/%2e%2e"})
    void traversalInIdsIs400Or404(String path) {
        HttpResponse<String> r = path.contains("/config/")
                ? t.send("PUT", path, t.admin, "{\"value\":\"x\"}")
                : t.send(HttpRequest.newBuilder(t.uri(path)).GET(), t.admin);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isIn(400, 404);
        assertThat(TestServer.json(r).path("error").asText()).isIn("validation_error", "not_found");
        assertThat(r.body()).doesNotContain("root:");
        assertThat(t.ops.calls).noneMatch(c -> c.args().stream().anyMatch(a -> String.valueOf(a).contains("..")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", ".ai/../../x.yaml", "..\\\\win.yaml",
        "%2e%2e%2fx.yaml", "C:\\\\x.yaml"})
    void traversalInWorkflowFilesIs400(String file) {
        JsonNode body = error(t.post("/api/v1/workflows/verify", t.viewer, "{\"workflow_file\":\"" + file + "\"}"),
                400, "validation_error");
        assertThat(body.path("message").asText()).startsWith("workflow_file:");
    }

    @Test
    void jettyLevelRefusalsUseTheSameShape() throws IOException {
        String raw = rawRequest("GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400").contains("Content-Type: application/json")
                .contains("\"error\":\"validation_error\"").doesNotContain("<html");
        HttpResponse<String> big = t.send(HttpRequest.newBuilder(t.uri("/health")).header("X-Big", "a".repeat(20_000))
                .GET(), null);
        assertThat(big.statusCode()).isEqualTo(431);
        assertThat(TestServer.json(big).path("error").asText()).isEqualTo("validation_error");
    }

    @Test
    void apiKeysInTheQueryStringAreRefused() {
        JsonNode body = error(t.get("/api/v1/workflows?api_key=" + t.viewer, null), 400, "validation_error");
        assertThat(body.path("message").asText()).contains("send the key in the X-API-Key header");
        assertThat(body.toString()).doesNotContain(t.viewer);
        error(t.get("/health?X-API-Key=x", null), 400, "validation_error");
    }

    @Test
    void requestIdsAreEchoedOnlyWhenSafe() throws IOException {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(t.uri("/health")).header("X-Request-Id", "abc-123")
                .GET(), null);
        assertThat(r.headers().firstValue("X-Request-Id")).contains("abc-123");
        HttpResponse<String> bad = t.send(HttpRequest.newBuilder(t.uri("/health"))
                .header("X-Request-Id", "x\u00e9<script>").GET(), null);
        assertThat(bad.headers().firstValue("X-Request-Id")).get().asString().startsWith("req_");
        // raw socket: a CR/LF smuggled into the header value must not become a header of the response
        String raw = rawRequest("GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: a%0d%0aSet-Cookie: evil=1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(raw).doesNotContainIgnoringCase("Set-Cookie");
        assertThat(raw.lines().filter(l -> l.startsWith("X-Request-Id")).findFirst().orElseThrow())
                .matches("X-Request-Id: req_[0-9a-f]{20}");
    }

    @ParameterizedTest
    @EnumSource(OpsException.Kind.class)
    void everyOpsErrorKindKeepsItsStatusAndCode(OpsException.Kind kind) {
        t.ops.failWith(kind, "the " + kind + " sentence");
        try {
            JsonNode body = error(t.get("/api/v1/system", t.viewer), kind.httpStatus(), kind.code());
            assertThat(body.path("message").asText()).isEqualTo("the " + kind + " sentence");
        } finally {
            t.ops.failWith(null, null);
        }
    }

    @Test
    void unexpectedFailuresAre500WithoutDetails() {
        t.ops.crashWith(new IllegalStateException("secret internal detail /home/x"));
        try {
            JsonNode body = error(t.get("/api/v1/system", t.viewer), 500, "internal_error");
            assertThat(body.toString()).doesNotContain("secret internal detail").doesNotContain("IllegalState");
            assertThat(body.path("message").asText()).contains(body.path("request_id").asText());
        } finally {
            t.ops.crashWith(null);
        }
    }

    @Test
    void notFoundWorkflowUsesTheOriginalCode() {
        t.ops.failWith(OpsException.Kind.NOT_FOUND, "Workflow file not found: x.yaml");
        try {
            error(t.post("/api/v1/workflows/execute", t.operator, "{\"workflow_file\":\"x.yaml\"}"), 404,
                    "workflow_not_found");
        } finally {
            t.ops.failWith(null, null);
        }
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", t.server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
