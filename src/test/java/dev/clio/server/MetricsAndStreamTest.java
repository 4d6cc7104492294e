package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.ops.Resources;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prometheus exposition, the request window behind metricsSummary, and the SSE log stream. */
class MetricsAndStreamTest {

    /** name{label="value",...} value — every label value quoted, escapes allowed inside. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*})? "
                    + "(-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)( [0-9]+)?");

    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        t = new TestServer(dir, b -> b.heartbeat(Duration.ofMillis(100)).streamBuffer(3));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void exposition_parses_and_has_jvm_and_http_metrics_by_route_template() {
        t.get("/api/v1/executions/exec_1", t.viewer);
        t.get("/api/v1/executions/exec_2", t.viewer);
        t.get("/api/v1/nope", t.viewer);
        HttpResponse<String> r = t.get("/metrics", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        for (String line : r.body().split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                assertThat(line).as("exposition line").matches(SAMPLE);
            }
        }
        assertThat(r.body()).contains("jvm_memory_used_bytes{").contains("jvm_gc_").contains("jvm_threads_live_threads")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/executions/{id}\","
                        + "status=\"200\"} 2")
                .contains("route=\"unmatched\",status=\"404\"")
                .doesNotContain("exec_1");
    }

    @Test
    void metrics_need_a_key_when_not_public() {
        t.close();
        t = new TestServer(dir.resolve("private"), b -> b.publicMetrics(false));
        assertThat(t.get("/metrics", null).statusCode()).isEqualTo(401);
        assertThat(t.get("/metrics", t.viewer).statusCode()).isEqualTo(200);
        // Prometheus 2.x sends a credentials_file as "Authorization: Bearer", only /metrics takes it that way
        assertThat(t.send(HttpRequest.newBuilder(t.uri("/metrics")).header("Authorization", "Bearer " + t.viewer)
                .GET(), null).statusCode()).isEqualTo(200);
        assertThat(t.send(HttpRequest.newBuilder(t.uri("/metrics")).header("Authorization", "Bearer clio_wrong")
                .GET(), null).statusCode()).isEqualTo(401);
        assertThat(t.send(HttpRequest.newBuilder(t.uri("/api/v1/system")).header("Authorization",
                "Bearer " + t.viewer).GET(), null).statusCode()).isEqualTo(401);
        assertThat(ServerOptions.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServerOptions.isLoopback("0.0.0.0")).isFalse();
    }

    @Test
    void requests_feed_the_metrics_summary() {
        t.get("/api/v1/system", t.viewer);
        t.get("/api/v1/nope", t.viewer);
        t.ops.crashWith(new IllegalStateException("boom"));
        t.get("/api/v1/system", t.viewer);
        t.ops.crashWith(null);
        var body = TestServer.json(t.get("/api/v1/metrics/summary?window=10m", t.viewer));
        assertThat(body.path("total_requests").asLong()).isEqualTo(3);
        assertThat(body.path("error_requests").asLong()).isEqualTo(1);
        assertThat(body.path("errors").path("http_5xx").asLong()).isEqualTo(1);
        assertThat(body.path("errors").path("http_4xx").asLong()).isEqualTo(1);
        assertThat(body.path("endpoints").toString()).contains("\"endpoint\":\"/api/v1/system\"")
                .contains("\"status\":500");
        assertThat(body.path("latency").path("p99_ms").asDouble()).isPositive();
    }

    @Test
    void sse_delivers_lines_drops_oldest_for_laggards_and_closes_on_disconnect() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(t.uri("/api/v1/logs/stream?level=ERROR&since=5m"))
                .header("X-API-Key", t.viewer).header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = t.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(5)).until(() -> !t.ops.sinks.isEmpty());
        assertThat(((Resources.LogQuery) t.ops.last().args().get(0)).level()).isEqualTo("ERROR");

        t.ops.sinks.get(0).accept(InMemoryOperations.entry("workflow_execution_failed"));
        List<String> lines = readUntil(in, "data: {");
        assertThat(lines).contains("event: log");
        assertThat(lines.get(lines.size() - 1)).contains("\"event\":\"workflow_execution_failed\"");
        assertThat(readUntil(in, ": heartbeat")).isNotEmpty();

        var sink = t.ops.sinks.get(0);
        for (int i = 0; i < 50; i++) {
            sink.accept(InMemoryOperations.entry("burst_" + i));
        }
        List<String> burst = readUntil(in, "burst_49");
        assertThat(String.join("\n", burst)).contains("event: log");

        in.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> !t.ops.closedStreams.isEmpty());
        assertThat(t.ops.sinks).isEmpty();
    }

    @Test
    void a_lagging_client_gets_a_dropped_marker() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(t.uri("/api/v1/logs/stream")).header("X-API-Key", t.viewer)
                .GET().build();
        HttpResponse<InputStream> response = t.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(5)).until(() -> !t.ops.sinks.isEmpty());
        var sink = t.ops.sinks.get(0);
        // the writer drains at most every 100 ms; 2,000 lines at once overflow the 3-line buffer
        for (int i = 0; i < 2_000; i++) {
            sink.accept(InMemoryOperations.entry("flood_" + i));
        }
        List<String> lines = readUntil(in, "flood_1999");
        assertThat(lines).contains("event: dropped");
        Matcher m = Pattern.compile("\"dropped\":(\\d+)").matcher(String.join("\n", lines));
        long dropped = 0;
        while (m.find()) {
            dropped += Long.parseLong(m.group(1));
        }
        long delivered = lines.stream().filter(l -> l.contains("flood_")).count();
        assertThat(dropped + delivered).isEqualTo(2_000);
        in.close();
    }

    private static List<String> readUntil(BufferedReader in, String marker) throws Exception {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.contains(marker)) {
                return lines;
            }
        }
        throw new AssertionError("stream ended before '" + marker + "': " + lines);
    }
}
