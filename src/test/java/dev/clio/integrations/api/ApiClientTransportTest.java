package dev.clio.integrations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.OpsException;
import dev.clio.ops.OpsException.Kind;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transport faults the real server cannot produce on demand: resets, stalls, a proxy's bare 503, non-JSON. */
class ApiClientTransportTest {

    private final MockWebServer web = new MockWebServer();
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        web.start(InetAddress.getLoopbackAddress(), 0);
        URI base = URI.create("http://127.0.0.1:" + web.getPort());
        client = ApiClient.open(ApiClientConfig.defaults(base, "clio_secret", null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400), Duration.ofSeconds(3))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50))));
    }

    @AfterEach
    void stop() {
        client.close();
        web.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void a503ThenA200IsASuccessForAGet() throws Exception {
        web.enqueue(new MockResponse.Builder().code(503).body("Service Unavailable").build());
        web.enqueue(json(200, "{\"ok\":true}"));
        assertThat(client.get("/api/v1/system", Map.of("window", "1h")).body().path("ok").asBoolean()).isTrue();
        RecordedRequest first = web.takeRequest(1, TimeUnit.SECONDS);
        assertThat(first.getHeaders().get("X-API-Key")).isEqualTo("clio_secret");
        assertThat(first.getUrl().toString()).doesNotContain("clio_secret").endsWith("/api/v1/system?window=1h");
        assertThat(web.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aBare503OfAProxyIsUnavailableAndNamesTheCall() {
        for (int i = 0; i < 3; i++) {
            web.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
        }
        assertThatThrownBy(() -> client.get("/api/v1/kpi", Map.of())).isInstanceOf(OpsException.class)
                .hasMessage("The server at http://127.0.0.1:" + web.getPort() + " answered HTTP 503 to GET /api/v1/kpi")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(web.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aResetConnectionIsRetriedForAGet() {
        web.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        web.enqueue(json(200, "{\"ok\":true}"));
        assertThat(client.get("/api/v1/system", Map.of()).body().path("ok").asBoolean()).isTrue();
    }

    @Test
    void aResetConnectionFailsAPostAtOnce() {
        web.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        web.enqueue(json(202, "{}"));
        assertThatThrownBy(() -> client.post("/api/v1/workflows/execute", Map.of()))
                .isInstanceOf(OpsException.class)
                .hasMessageStartingWith("Cannot reach the server at http://127.0.0.1:" + web.getPort() + ": ")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(web.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStalledAnswerIsATimeout() {
        for (int i = 0; i < 3; i++) {
            web.enqueue(json(200, "{\"ok\":true}").newBuilder().bodyDelay(2, TimeUnit.SECONDS).build());
        }
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.get("/api/v1/system", Map.of())).isInstanceOf(OpsException.class)
                .hasMessageContaining("did not answer GET /api/v1/system in time")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("three attempts of 400 ms, not 2 s each")
                .isLessThan(Duration.ofMillis(1_900));
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyStaysHere() {
        web.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://127.0.0.2:9/steal").build());
        assertThatThrownBy(() -> client.get("/api/v1/system", Map.of()))
                .hasMessage("The server at http://127.0.0.1:" + web.getPort() + " redirects GET /api/v1/system to "
                        + "http://127.0.0.2:9/steal; connect to that address instead if you trust it");
        assertThat(web.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInterruptedCallEndsAtOnceWithoutRetries() throws Exception {
        for (int i = 0; i < 3; i++) {
            web.enqueue(json(200, "{}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        }
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic
                .AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                client.get("/api/v1/system", Map.of());
            } catch (OpsException e) {
                failure.set(e);
            }
        });
        web.takeRequest(2, TimeUnit.SECONDS);
        caller.interrupt();
        caller.join(2_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(failure.get()).hasMessageStartingWith("Interrupted while waiting for the server at");
        assertThat(web.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAnswerThatIsNotJsonIsSaidSo() {
        web.enqueue(new MockResponse.Builder().code(200).body("<html>login</html>").build());
        assertThatThrownBy(() -> client.get("/api/v1/system", Map.of()))
                .hasMessageContaining("with something that is not JSON");
    }

    @Test
    void anEndlessAnswerIsCutOffInsteadOfFillingMemory() {
        web.enqueue(json(200, "[" + "0,".repeat((int) (ApiClient.MAX_ANSWER_BYTES / 2)) + "0]"));
        assertThatThrownBy(() -> client.get("/api/v1/logs", Map.of()))
                .hasMessageContaining("answered GET /api/v1/logs with more than 32 MiB")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.INTERNAL));
    }

    @Test
    void aRecordOfTheWrongShapeIsAnInternalErrorNamingTheType() {
        web.enqueue(json(200, "{\"unexpected\":1}"));
        var body = client.get("/api/v1/db/status", Map.of()).body();
        assertThatThrownBy(() -> client.read(body, dev.clio.ops.Resources.DbStatus.class))
                .hasMessageContaining("(DbStatus)").hasMessageContaining("same version")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.INTERNAL));
    }
}
