package dev.clio.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.ops.RequestStats;
import dev.clio.security.AccessPolicy;
import dev.clio.security.ApiKeyService;
import dev.clio.security.AuditLog;
import dev.clio.security.FailedAuthLimiter;
import dev.clio.security.LimiterSettings;
import dev.clio.security.MonitorSettings;
import dev.clio.security.SecurityGate;
import dev.clio.security.SecurityMonitor;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting with a wrong policy, the stream limit, and stopping with streams open. */
class ServerLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void refusesToStartWhenTheGatePolicyDisagreesWithTheRoutes() {
        try (SecurityGate gate = new SecurityGate(ApiKeyService.open(dir), new FailedAuthLimiter(
                LimiterSettings.defaults()), new SecurityMonitor(MonitorSettings.defaults()), AuditLog.open(dir),
                AccessPolicy.defaults(), Clock.systemUTC())) {
            assertThatThrownBy(() -> ApiServer.start(new InMemoryOperations(new RequestStats()),
                    ServerOptions.builder(gate).port(0).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("db.status needs viewer")
                    .hasMessageContaining("ServerSecurity.policy()");
        }
    }

    @Test
    void streamsAreLimitedAndEndWhenTheServerStops() throws Exception {
        TestServer t = new TestServer(dir, b -> b.maxStreams(1).heartbeat(Duration.ofMillis(100)));
        try {
            HttpRequest stream = HttpRequest.newBuilder(t.uri("/api/v1/logs/stream")).header("X-API-Key", t.viewer)
                    .GET().build();
            HttpResponse<InputStream> first = t.http.send(stream, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(first.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> t.ops.sinks.size() == 1);
            HttpResponse<String> second = t.get("/api/v1/logs/stream", t.viewer);
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(second).path("error").asText()).isEqualTo("unavailable");

            t.server.stop();
            try (InputStream in = first.body()) {
                in.readAllBytes();
            } catch (java.io.IOException e) {
                // the stream may end cleanly or be cut when Jetty closes the connection; both are fine
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> t.ops.sinks.isEmpty());
            assertThat(t.ops.closedStreams).hasSize(1);
        } finally {
            t.close();
        }
    }
}
