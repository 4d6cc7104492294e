package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.Operation;
import dev.clio.security.AuditRecord;
import dev.clio.security.AuditResult;
import dev.clio.security.Redactor;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The auth matrix, the failed-auth limiter, counters and the audit trail. */
class AuthTest {

    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    /** One representative route per access level. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/system", null, Operation.Access.READ),
                Arguments.of("POST", "/api/v1/system/gc", "{}", Operation.Access.OPERATE),
                Arguments.of("PUT", "/api/v1/config/log_level", "{\"value\":\"INFO\"}", Operation.Access.ADMIN));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachRoleAgainstEachAccessLevel(String method, String path, String body, Operation.Access access) {
        Map<String, Integer> rank = Map.of("viewer", 1, "operator", 2, "admin", 3);
        int needed = switch (access) {
            case READ -> 1;
            case OPERATE -> 2;
            default -> 3;
        };
        for (Map.Entry<String, String> key : Map.of("viewer", t.viewer, "operator", t.operator, "admin", t.admin)
                .entrySet()) {
            HttpResponse<String> r = t.send(method, path, key.getValue(), body);
            if (rank.get(key.getKey()) >= needed) {
                assertThat(r.statusCode()).as(key.getKey() + " " + r.body()).isEqualTo(200);
            } else {
                assertThat(r.statusCode()).as(key.getKey()).isEqualTo(403);
                JsonNode error = TestServer.json(r);
                assertThat(error.path("error").asText()).isEqualTo("forbidden");
                assertThat(error.path("message").asText()).contains("role");
            }
        }
    }

    @Test
    void missingBadExpiredAndRevokedKeysAre401() {
        t.close();
        t = new TestServer(dir.resolve("lenient"), new dev.clio.security.LimiterSettings(100,
                java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(1), 10), b -> b);
        int before = t.ops.calls.size();
        for (String key : new String[] {null, "", "nonsense", "clio_" + "A".repeat(43), t.expired, t.revoked}) {
            HttpResponse<String> r = t.get("/api/v1/system", key);
            assertThat(r.statusCode()).as(String.valueOf(key)).isEqualTo(401);
            JsonNode body = TestServer.json(r);
            assertThat(body.path("error").asText()).isEqualTo("unauthorized");
            assertThat(body.path("message").asText()).isEqualTo("Valid API key required");
            assertThat(r.body()).doesNotContain(t.expired).doesNotContain(t.revoked);
        }
        assertThat(TestServer.json(t.get("/api/v1/system", t.expired)).path("details").path("hint").asText())
                .contains("expired");
        assertThat(t.ops.calls).hasSize(before);
    }

    @Test
    void healthAndReadyNeedNoKeyButInfoDoes() {
        assertThat(t.get("/health", null).statusCode()).isEqualTo(200);
        assertThat(t.get("/ready", null).statusCode()).isEqualTo(200);
        assertThat(t.get("/info", null).statusCode()).isEqualTo(401);
        assertThat(t.get("/api/v1/openapi.json", null).statusCode()).isEqualTo(401);
        assertThat(t.get("/api/v1/openapi.json", t.viewer).statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresFromOneClientAreRateLimitedAndAudited() {
        for (int i = 0; i < 5; i++) {
            assertThat(t.get("/api/v1/system", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = t.get("/api/v1/system", t.viewer);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(TestServer.json(blocked).path("message").asText())
                .isEqualTo("API rate limit exceeded. Try again later.");
        assertThat(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(t.audit()).filteredOn(e -> e.action().equals("auth.failed")).hasSize(5)
                .allMatch(e -> e.result() == AuditResult.REFUSED && "127.0.0.1".equals(e.client()));
        assertThat(t.audit()).filteredOn(e -> e.action().equals("auth.rate_limited")).hasSize(1);
        assertThat(t.get("/metrics", null).body()).contains("auth_rate_limited_total 1.0");
        assertThat(t.get("/health", null).statusCode()).as("health stays public").isEqualTo(200);
    }

    @Test
    void failuresAndDenialsAreCounted() {
        t.get("/api/v1/system", null);
        t.get("/api/v1/system", t.expired);
        t.post("/api/v1/system/gc", t.viewer, "{}");
        String metrics = t.get("/metrics", null).body();
        assertThat(metrics).contains("auth_failures_total{reason=\"missing\"} 1.0")
                .contains("auth_failures_total{reason=\"expired\"} 1.0")
                .contains("permission_denials_total 1.0");
        assertThat(t.audit()).anyMatch(e -> e.action().equals("permission.denied")
                && e.target().equals("/api/v1/system/gc") && e.parameters().get("action").equals("system.gc"));
    }

    @Test
    void mutatingCallsAreAuditedWithRedactedParametersAndDuration() {
        t.post("/api/v1/workflows/execute", t.operator, """
                {"workflow_file":"a.yaml","dry_run":true,"inputs":{"api_token":"tok-123","target":"src"}}""");
        t.send("PUT", "/api/v1/config/jwt_secret", t.admin, "{\"value\":\"hunter2hunter2\"}");
        t.get("/api/v1/system", t.viewer);
        t.ops.failWith(dev.clio.ops.OpsException.Kind.CONFLICT, "already finished");
        t.post("/api/v1/executions/exec_1/cancel", t.operator, null);
        t.ops.failWith(null, null);

        List<AuditRecord> calls = t.audit().stream().filter(e -> !e.action().startsWith("auth")).toList();
        assertThat(calls).extracting(AuditRecord::action)
                .containsExactly("workflows.execute", "config.set", "workflows.cancel");
        AuditRecord execute = calls.get(0);
        assertThat(execute.actor()).startsWith("key:clio_");
        assertThat(execute.role()).isEqualTo("operator");
        assertThat(execute.result()).isEqualTo(AuditResult.OK);
        assertThat(execute.client()).isEqualTo("127.0.0.1");
        assertThat(execute.durationMs()).isNotNegative();
        assertThat(execute.parameters()).containsEntry("workflow_file", "a.yaml").containsEntry("dry_run", true);
        assertThat(execute.parameters().toString()).doesNotContain("tok-123").contains("target=src");
        assertThat(calls.get(1).parameters()).containsEntry("setting", "jwt_secret")
                .containsEntry("value", Redactor.REDACTED);
        assertThat(calls.get(2).result()).isEqualTo(AuditResult.ERROR);
        assertThat(calls.get(2).message()).isEqualTo("already finished");
        assertThat(t.audit().toString()).doesNotContain("hunter2");
    }

    @Test
    void accessLogRecordsEveryRequestWithKeyPrefix() {
        t.get("/api/v1/system", t.viewer);
        t.get("/api/v1/nope", null);
        AccessRecord ok = t.access.stream().filter(a -> a.path().equals("/api/v1/system")).findFirst()
                .orElseThrow();
        assertThat(ok.toLine()).contains(" GET /api/v1/system HTTP 200 ").contains("key=clio_")
                .contains(ok.requestId()).endsWith("ip=127.0.0.1");
        AccessRecord missing = t.access.stream().filter(a -> a.path().equals("/api/v1/nope")).findFirst()
                .orElseThrow();
        assertThat(missing.toLine()).contains("HTTP 404").contains("key=- ");
        assertThat(missing.route()).isEqualTo("unmatched");
    }
}
