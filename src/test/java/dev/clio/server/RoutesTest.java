package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.Operation;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every route reaches the right Operations call with the right parameters, over real HTTP. */
class RoutesTest {

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

    @Test
    void everyOperationHasARouteAndEveryRouteIsUnique() {
        Set<Operation> routed = Routes.all().stream().map(Route::operation)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
        assertThat(routed).containsExactlyInAnyOrder(Operation.values());
        assertThat(Routes.all().stream().map(r -> r.method() + " " + r.path()).distinct().count())
                .isEqualTo(Routes.all().size());
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GET  | /health                               | -                         | health
            GET  | /ready                                | -                         | ready
            GET  | /info                                 | -                         | info
            GET  | /api/v1/whoami                        | -                         | whoami
            GET  | /api/v1/metrics/tokens                | -                         | tokenUsage
            GET  | /api/v1/kpi                           | -                         | kpiSnapshot
            GET  | /api/v1/adapters/list                 | -                         | adapters
            GET  | /api/v1/adapters/status               | -                         | adapters
            GET  | /api/v1/adapters/health               | -                         | adapters
            GET  | /api/v1/workflows                     | -                         | workflows
            GET  | /api/v1/workflows/health-check/status | -                         | healthCheckStatus
            GET  | /api/v1/config                        | -                         | config
            GET  | /api/v1/config/validate               | -                         | validateConfig
            GET  | /api/v1/artifacts                     | -                         | artifacts
            GET  | /api/v1/system                        | -                         | system
            POST | /api/v1/system/gc                     | -                         | runGc
            GET  | /api/v1/db/status                     | -                         | dbStatus
            GET  | /api/v1/db/activity                   | -                         | dbActivity
            GET  | /api/v1/db/slow-queries               | -                         | dbSlowQueries
            GET  | /api/v1/db/locks                      | -                         | dbLocks
            POST | /api/v1/db/create-indexes             | {}                        | dbCreateIndexes
            POST | /api/v1/db/vacuum                     | -                         | dbVacuum
            GET  | /api/v1/containers                    | -                         | containers
            GET  | /api/v1/containers/stats              | -                         | containerStats
            POST | /api/v1/containers/web-1/start        | -                         | startContainer
            POST | /api/v1/containers/web-1/stop         | {}                        | stopContainer
            POST | /api/v1/containers/web-1/restart      | -                         | restartContainer
            POST | /api/v1/containers/web-1/kill         | -                         | killContainer
            """)
    void callsWithoutParametersReachTheirOperation(String method, String path, String body, String call) {
        int before = t.ops.calls.size();
        HttpResponse<String> r = t.send(method, path, t.admin, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(t.ops.calls).hasSize(before + 1);
        assertThat(t.ops.last().name()).isEqualTo(call);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    }

    @Test
    void metricsSummaryTakesAWindowAndTheOriginalTimeRange() {
        assertThat(t.get("/api/v1/metrics/summary?window=10m", t.viewer).statusCode()).isEqualTo(200);
        assertThat(t.ops.last().args()).containsExactly(Duration.ofMinutes(10));
        assertThat(t.get("/api/v1/metrics/summary?time_range=7d", t.viewer).statusCode()).isEqualTo(200);
        assertThat(t.ops.last().args()).containsExactly(Duration.ofDays(7));
        JsonNode body = TestServer.json(t.get("/api/v1/metrics/summary", t.viewer));
        assertThat(t.ops.last().args()).containsExactly(Duration.ofHours(1));
        assertThat(body.path("errors").has("http_5xx")).isTrue();
        assertThat(body.path("total_requests").asLong()).isPositive();
    }

    @Test
    void growthTakesDaysFrom1To366AndDefaultsTo30() {
        HttpResponse<String> r = t.get("/api/v1/metrics/growth?days=7", t.viewer);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("growth", List.of(7)));
        JsonNode day = TestServer.json(r).path("days").get(0);
        assertThat(day.path("active_users").asLong()).isEqualTo(2);
        assertThat(day.path("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(t.get("/api/v1/metrics/growth", t.viewer).statusCode()).isEqualTo(200);
        assertThat(t.ops.last().args()).containsExactly(30);
        int calls = t.ops.calls.size();
        for (String bad : List.of("0", "367", "-1", "seven", "7.5")) {
            HttpResponse<String> refused = t.get("/api/v1/metrics/growth?days=" + bad, t.viewer);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(TestServer.json(refused).path("message").asText())
                    .isEqualTo("days: '" + bad + "' is not a whole number from 1 to 366");
        }
        assertThat(t.ops.calls).hasSize(calls);
    }

    @Test
    void executeAnswers202WithTheExecutionIdAndPassesEveryField() {
        HttpResponse<String> r = t.post("/api/v1/workflows/execute", t.operator, """
                {"workflow_file": ".ai/workflows/PY_EDIT_TRIAGE.yaml", "dry_run": true, "files": "src/**/*.py",
                 "lane": "lane/a", "max_tokens": 50000, "parameters": {"target": "src"}}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode body = TestServer.json(r);
        assertThat(body.path("execution_id").asText()).isEqualTo("exec_abc123def456");
        assertThat(body.path("status").asText()).isEqualTo("running");
        assertThat(body.path("tokens_used").asLong()).isEqualTo(150);
        assertThat(body.path("success").isBoolean()).isTrue();
        assertThat(body.path("success").asBoolean()).isFalse();
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/executions/exec_abc123def456");
        assertThat(t.ops.last().args()).containsExactly(new Workflows.ExecuteRequest(
                ".ai/workflows/PY_EDIT_TRIAGE.yaml", true, "src/**/*.py", "lane/a", 50_000L, Map.of("target", "src")));
    }

    @Test
    void planAndVerifyReadTheWorkflowFile() {
        assertThat(t.post("/api/v1/workflows/plan", t.viewer, "{\"workflow_file\":\"a.yaml\"}").statusCode())
                .isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("plan", List.of(
                new Workflows.ExecuteRequest("a.yaml", false, null, null, null, null))));
        HttpResponse<String> r = t.post("/api/v1/workflows/verify", t.viewer, "{\"workflow_file\":\"b.yaml\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("verify", List.of("b.yaml")));
        assertThat(TestServer.json(r).path("diagnostics").get(0).path("rule").asText()).isEqualTo("schema");
    }

    @Test
    void executionsByIdHistoryCancelAndResume() {
        assertThat(t.get("/api/v1/executions/exec_42", t.viewer).statusCode()).isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("execution", List.of("exec_42")));
        assertThat(t.get("/api/v1/executions?limit=5", t.viewer).statusCode()).isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("history", List.of(5)));
        assertThat(t.get("/api/v1/executions", t.viewer).statusCode()).isEqualTo(200);
        assertThat(t.ops.last().args()).containsExactly(20);
        HttpResponse<String> cancel = t.post("/api/v1/executions/exec_42/cancel", t.operator, null);
        assertThat(cancel.statusCode()).isEqualTo(202);
        assertThat(TestServer.json(cancel).path("status").asText()).isEqualTo("cancelled");
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("cancel", List.of("exec_42")));
        assertThat(t.post("/api/v1/executions/exec_42/resume", t.operator, "{}").statusCode()).isEqualTo(202);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("resume", List.of("exec_42")));
    }

    @Test
    void logsPassEveryFilter() {
        HttpResponse<String> r = t.get("/api/v1/logs?since=10m&level=error&event=workflow_execution_failed"
                + "&workflow=PY_EDIT_TRIAGE&text=timeout&limit=50", t.viewer);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(t.ops.last().args()).containsExactly(new Resources.LogQuery(Duration.ofMinutes(10), "ERROR",
                "workflow_execution_failed", "PY_EDIT_TRIAGE", "timeout", 50));
        assertThat(TestServer.json(r).path("entries").get(0).path("event").asText())
                .isEqualTo("workflow_execution_failed");
    }

    @Test
    void containerLogsPassTailSinceAndStreamAndRefuseBadValues() {
        HttpResponse<String> r = t.get("/api/v1/containers/web-1/logs?tail=5&since=2026-01-01T00:00:00Z"
                + "&stream=stderr", t.viewer);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("containerLogs", List.of("web-1",
                new dev.clio.ops.Containers.LogQuery(5, java.time.Instant.parse("2026-01-01T00:00:00Z"), false,
                        true))));
        assertThat(TestServer.json(r).path("lines").get(0).path("stream").asText()).isEqualTo("stdout");
        assertThat(t.get("/api/v1/containers/web-1/logs", t.viewer).statusCode()).isEqualTo(200);
        assertThat(t.ops.last().args()).containsExactly("web-1", new dev.clio.ops.Containers.LogQuery(0, null, true,
                true));
        assertThat(t.get("/api/v1/containers/web-1/logs?tail=0", t.viewer).statusCode()).isEqualTo(400);
        assertThat(t.get("/api/v1/containers/web-1/logs?stream=both2", t.viewer).statusCode()).isEqualTo(400);
        assertThat(t.get("/api/v1/containers/-web/logs", t.viewer).statusCode()).isEqualTo(400);
        assertThat(t.post("/api/v1/containers/web-1/restart", t.viewer, null).statusCode()).isEqualTo(403);
    }

    @Test
    void auditPassesItsFilters() {
        HttpResponse<String> r = t.get("/api/v1/audit?since=1h&actor=key:clio_x&action=system.gc&result=ok"
                + "&limit=7", t.viewer);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Resources.AuditQuery q = (Resources.AuditQuery) t.ops.last().args().get(0);
        assertThat(q.actor()).isEqualTo("key:clio_x");
        assertThat(q.action()).isEqualTo("system.gc");
        assertThat(q.result()).isEqualTo("ok");
        assertThat(q.limit()).isEqualTo(7);
        assertThat(q.since()).isBetween(java.time.Instant.now().minusSeconds(3605),
                java.time.Instant.now().minusSeconds(3595));
    }

    @Test
    void configSetAndArtifactsCleanPassTheirValues() {
        assertThat(t.send("PUT", "/api/v1/config/log_level", t.admin, "{\"value\":\"DEBUG\"}").statusCode())
                .isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("setConfig", List.of("log_level", "DEBUG")));
        assertThat(t.post("/api/v1/artifacts/clean", t.operator, "{\"dry_run\":true}").statusCode()).isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("cleanArtifacts", List.of(true)));
        assertThat(t.post("/api/v1/artifacts/clean", t.operator, null).statusCode()).isEqualTo(200);
        assertThat(t.ops.last()).isEqualTo(new InMemoryOperations.Call("cleanArtifacts", List.of(false)));
    }

    @Test
    void configSecretsAreMaskedAndAdapterHealthSummarises() {
        String config = t.get("/api/v1/config", t.viewer).body();
        assertThat(config).contains("\"port\"").doesNotContain("super-secret-value").contains("********");
        JsonNode health = TestServer.json(t.get("/api/v1/adapters/health", t.viewer));
        assertThat(health.path("status").asText()).isEqualTo("degraded");
        assertThat(health.path("unavailable").get(0).asText()).isEqualTo("ai_editor");
    }

    @Test
    void healthAnswers503WhenUnhealthy() {
        t.ops.healthy = false;
        try {
            assertThat(t.get("/health", null).statusCode()).isEqualTo(503);
            assertThat(t.get("/ready", null).statusCode()).isEqualTo(503);
        } finally {
            t.ops.healthy = true;
        }
        assertThat(TestServer.json(t.get("/health", null)).path("status").asText()).isEqualTo("healthy");
    }
}
