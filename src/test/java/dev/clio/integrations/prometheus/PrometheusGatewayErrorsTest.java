package dev.clio.integrations.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the gateway says when the URL is not a working Prometheus: a real HTTP server on loopback answering as a
 * login proxy, a web page, a Prometheus error or a slow server would. (Real Prometheus answers are in
 * dev.clio.monitoring.PrometheusDataSourceTest.)
 */
class PrometheusGatewayErrorsTest {

    private HttpServer server;
    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private final AtomicReference<String> lastQuery = new AtomicReference<>();

    private record Answer(int status, String type, String body, long delayMillis) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastQuery.set(exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery());
            Answer a = answer.get();
            try {
                Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", a.type());
            exchange.sendResponseHeaders(a.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PrometheusGateway gateway(String path, Duration timeout) {
        return PrometheusGateway.connect(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path),
                timeout);
    }

    private PrometheusGateway gateway() {
        return gateway("", Duration.ofSeconds(5));
    }

    @Test
    void a_refused_login_says_credentials_are_needed() {
        answer.set(new Answer(401, "text/plain", "Unauthorized", 0));
        assertThatThrownBy(() -> gateway().query("up", Instant.now())).isInstanceOf(PrometheusException.class)
                .hasMessageEndingWith("refused the request (HTTP 401): it or a proxy before it needs credentials "
                        + "that the console does not have")
                .satisfies(e -> assertThat(((PrometheusException) e).kind())
                        .isEqualTo(PrometheusException.Kind.UNAUTHORIZED));
    }

    @Test
    void a_web_page_instead_of_the_api_asks_for_the_base_url() {
        answer.set(new Answer(200, "text/html", "<html>Grafana</html>", 0));
        assertThatThrownBy(() -> gateway().query("up", Instant.now()))
                .hasMessageContaining("answered something unexpected: HTTP 200 with text/html instead of the "
                        + "Prometheus API's JSON; is it the base URL of Prometheus (without /api/v1 or /graph)?");
    }

    @Test
    void a_json_answer_of_another_api_is_not_taken_for_prometheus() {
        answer.set(new Answer(404, "application/json", "{\"status\":404,\"error\":\"not found\"}", 0));
        assertThatThrownBy(() -> gateway().query("up", Instant.now()))
                .hasMessageContaining("HTTP 404 with application/json instead of the Prometheus API's JSON");
    }

    @Test
    void a_prometheus_error_is_passed_on_as_a_sentence() {
        answer.set(new Answer(503, "application/json",
                "{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"TSDB not ready\"}", 0));
        assertThatThrownBy(() -> gateway().query("up", Instant.now()))
                .hasMessageEndingWith("answered HTTP 503 (unavailable): TSDB not ready")
                .satisfies(e -> assertThat(((PrometheusException) e).kind())
                        .isEqualTo(PrometheusException.Kind.UNAVAILABLE));
    }

    @Test
    void a_slow_server_is_a_timeout_not_a_hang() {
        answer.set(new Answer(200, "application/json", "{}", 3_000));
        assertThatThrownBy(() -> gateway("", Duration.ofMillis(300)).query("up", Instant.now()))
                .hasMessageEndingWith("did not answer in time; it may be overloaded or the query too expensive")
                .satisfies(e -> assertThat(((PrometheusException) e).kind())
                        .isEqualTo(PrometheusException.Kind.TIMEOUT));
    }

    @Test
    void a_path_prefix_is_kept_and_the_query_is_encoded() throws Exception {
        answer.set(new Answer(200, "application/json",
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}", 0));
        assertThat(gateway("/prometheus", Duration.ofSeconds(5)).query("sum(up{job=\"a b\"})",
                Instant.ofEpochSecond(1_700_000_000))).isEmpty();
        assertThat(lastQuery.get()).isEqualTo("/prometheus/api/v1/query?query=sum(up{job=\"a b\"})"
                + "&time=1700000000.000");
    }

    @Test
    void a_range_query_with_too_many_points_or_a_bad_url_is_refused_before_any_call() {
        assertThatThrownBy(() -> gateway().queryRange("up", Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(1)),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a range query may have at most 11000 points per series: use a larger step");
        assertThatThrownBy(() -> PrometheusGateway.connect(URI.create("ftp://x"), Duration.ofSeconds(1)))
                .hasMessage("'ftp://x' is not an http(s) URL of Prometheus, e.g. http://prometheus.example.com:9090");
    }
}
