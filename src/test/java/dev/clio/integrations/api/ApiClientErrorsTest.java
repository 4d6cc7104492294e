package dev.clio.integrations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.OpsException;
import dev.clio.ops.OpsException.Kind;
import dev.clio.server.ServerHarness;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error answers of a real server, and a server that is not there, as typed exceptions with plain messages. */
class ApiClientErrorsTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(50));

    @TempDir
    static Path dir;
    static ServerHarness server;

    @BeforeAll
    static void start() {
        server = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ApiClient client(String role) {
        String key = role == null ? null : role.startsWith("clio_") || role.equals("nonsense") ? role
                : server.key(role);
        return ApiClient.open(ApiClientConfig.defaults(server.baseUrl(), key, null).withRetry(FAST));
    }

    static AbstractThrowableAssert<?, ? extends Throwable> fails(Kind kind, Runnable call) {
        return assertThatThrownBy(call::run).isInstanceOf(OpsException.class)
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(kind));
    }

    @Test
    void aWrongKeyIsUnauthorizedInAPlainSentence() {
        try (ApiClient c = client("nonsense")) {
            fails(Kind.UNAUTHORIZED, () -> c.get("/api/v1/system", Map.of()))
                    .hasMessageStartingWith("The server at " + server.baseUrl() + " did not accept the API key");
        }
        try (ApiClient c = client(null)) {
            fails(Kind.UNAUTHORIZED, () -> c.get("/api/v1/system", Map.of()))
                    .hasMessageContaining("did not accept the API key");
        }
    }

    @Test
    void expiredAndRevokedKeysSayWhatHappened() {
        try (ApiClient c = client("expired")) {
            fails(Kind.UNAUTHORIZED, () -> c.get("/api/v1/system", Map.of())).hasMessageContaining("expired on")
                    .hasMessageContaining("ask an admin for a new one");
        }
        try (ApiClient c = client("revoked")) {
            fails(Kind.UNAUTHORIZED, () -> c.get("/api/v1/system", Map.of())).hasMessageContaining("revoked");
        }
    }

    @Test
    void aForbiddenActionNamesTheRoleItNeeds() {
        int before = server.callCount();
        try (ApiClient c = client("viewer")) {
            fails(Kind.FORBIDDEN, () -> c.put("/api/v1/config/port", Map.of("value", "1")))
                    .hasMessage("Not allowed: your role viewer may not config.set: it needs admin");
        }
        assertThat(server.callCount()).as("a refused PUT is not retried").isEqualTo(before);
    }

    @Test
    void errorKindsOfTheOperationsComeBackAsTheSameKinds() {
        try (ServerHarness s = ServerHarness.start(dir.resolve("kinds"), 0, Duration.ofSeconds(1));
                ApiClient c = ApiClient.open(ApiClientConfig.defaults(s.baseUrl(), s.key("admin"), null)
                        .withRetry(FAST))) {
            for (Kind kind : new Kind[] {Kind.NOT_FOUND, Kind.CONFLICT, Kind.INVALID_REQUEST, Kind.INTERNAL}) {
                s.failWith(kind, "the " + kind + " message");
                int before = s.callCount();
                fails(kind, () -> c.get("/api/v1/system", Map.of())).hasMessage("the " + kind + " message");
                assertThat(s.callCount()).as(kind + " is not retried").isEqualTo(before + 1);
            }
        }
    }

    @Test
    void unavailableIsRetriedForGetButNeverForPost() {
        try (ServerHarness s = ServerHarness.start(dir.resolve("busy"), 0, Duration.ofSeconds(1));
                ApiClient c = ApiClient.open(ApiClientConfig.defaults(s.baseUrl(), s.key("admin"), null)
                        .withRetry(FAST))) {
            s.failWith(Kind.UNAVAILABLE, "database is restarting");
            int before = s.callCount();
            fails(Kind.UNAVAILABLE, () -> c.get("/api/v1/system", Map.of())).hasMessage("database is restarting");
            assertThat(s.callCount()).isEqualTo(before + 3);
            fails(Kind.UNAVAILABLE, () -> c.post("/api/v1/system/gc", null));
            assertThat(s.callCount()).isEqualTo(before + 4);
            fails(Kind.UNAVAILABLE, () -> c.put("/api/v1/config/port", Map.of("value", "1")));
            assertThat(s.callCount()).isEqualTo(before + 7);
        }
    }

    @Test
    void aTooLargeBodyIsRefusedWith413() {
        try (ApiClient c = client("admin")) {
            fails(Kind.PAYLOAD_TOO_LARGE, () -> c.post("/api/v1/workflows/verify",
                    Map.of("workflow_file", "x".repeat(2 * 1024 * 1024)))).hasMessageContaining("larger than");
        }
    }

    @Test
    void anUnknownRouteIsNotFound() {
        try (ApiClient c = client("admin")) {
            fails(Kind.NOT_FOUND, () -> c.get("/api/v1/nothing-here", Map.of()))
                    .hasMessageContaining("No such endpoint");
        }
    }

    @Test
    void repeatedBadKeysAreRateLimitedWithRetryAfter() {
        try (ServerHarness s = ServerHarness.start(dir.resolve("limited"), 0, Duration.ofSeconds(1));
                ApiClient c = ApiClient.open(ApiClientConfig.defaults(s.baseUrl(), "nonsense", null)
                        .withRetry(FAST))) {
            for (int i = 0; i < 5; i++) {
                fails(Kind.UNAUTHORIZED, () -> c.get("/api/v1/system", Map.of()));
            }
            fails(Kind.RATE_LIMITED, () -> c.get("/api/v1/system", Map.of()))
                    .hasMessageContaining("API rate limit exceeded").hasMessageMatching(".*\\(retry after \\d+ s\\)");
        }
    }

    @Test
    void aServerThatIsNotThereIsUnavailableAfterBackoff() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port);
        try (ApiClient c = ApiClient.open(ApiClientConfig.defaults(url, "k", null).withRetry(
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1))))) {
            long started = System.nanoTime();
            fails(Kind.UNAVAILABLE, () -> c.get("/api/v1/system", Map.of()))
                    .hasMessage("Cannot reach the server at http://127.0.0.1:" + port + ": connection refused");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("100 ms then 200 ms of backoff")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300));
            started = System.nanoTime();
            fails(Kind.UNAVAILABLE, () -> c.post("/api/v1/system/gc", null));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a POST is not retried")
                    .isLessThan(Duration.ofMillis(100));
        }
    }

    @Test
    void theKeyTravelsOnlyInTheHeader() {
        try (ApiClient c = client("admin")) {
            assertThat(c.get("/api/v1/system", Map.of()).body().path("cores").asInt()).isEqualTo(2);
        }
    }
}
