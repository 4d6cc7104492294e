package dev.clio.integrations.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Against a loopback server speaking the Anthropic Messages API wire format. */
@Timeout(30)
class AnthropicClientTest {

    static final String OK = """
            {"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-test-1",
             "content": [{"type": "text", "text": "Hello"}, {"type": "text", "text": " world"}],
             "stop_reason": "end_turn", "usage": {"input_tokens": 12, "output_tokens": 34}}
            """;
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(200));

    private final MockWebServer server = new MockWebServer();
    private AnthropicClient client;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new AnthropicClient(server.url("/").toString(), "sk-test", AiHttp.shared(), FAST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("content-type", "application/json").body(body).build();
    }

    static String error(String type, String message) {
        return "{\"type\": \"error\", \"error\": {\"type\": \"" + type + "\", \"message\": \"" + message + "\"}}";
    }

    private static AiRequest request() {
        return new AiRequest("claude-test-1", "Be brief.", "Say hello", 256);
    }

    @Test
    void sendsTheDocumentedRequestAndReadsTextAndUsage() throws Exception {
        server.enqueue(json(200, OK));
        AiResponse response = client.complete(request());
        assertThat(response.text()).isEqualTo("Hello world");
        assertThat(response.inputTokens()).isEqualTo(12);
        assertThat(response.outputTokens()).isEqualTo(34);
        assertThat(response.model()).isEqualTo("claude-test-1");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getTarget()).isEqualTo("/v1/messages");
        assertThat(recorded.getHeaders().get("x-api-key")).isEqualTo("sk-test");
        assertThat(recorded.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(recorded.getHeaders().get("content-type")).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(recorded.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("claude-test-1");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(256);
        assertThat(body.get("system").asText()).isEqualTo("Be brief.");
        assertThat(body.get("messages").size()).isEqualTo(1);
        assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("user");
        assertThat(body.get("messages").get(0).get("content").asText()).isEqualTo("Say hello");
    }

    @Test
    void aBaseUrlEndingInV1IsNotDoubled() throws Exception {
        server.enqueue(json(200, OK));
        new AnthropicClient(server.url("/v1/").toString(), "k", AiHttp.shared(), FAST).complete(request());
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/messages");
    }

    @Test
    void rateLimitIsRetriedAfterTheAdvisedWaitThenSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "1")
                .body(error("rate_limit_error", "Number of request tokens has exceeded your rate limit")).build());
        server.enqueue(json(200, OK));
        long start = System.nanoTime();
        AiResponse response = client.complete(request());
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.text()).isEqualTo("Hello world");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waitedMillis).as("retry-after (1 s) honoured up to the 200 ms cap").isGreaterThanOrEqualTo(190);
    }

    @Test
    void rateLimitStillThereAfterTheRetriesIsReported() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "1")
                    .body(error("rate_limit_error", "slow down")).build());
        }
        assertThatThrownBy(() -> client.complete(request())).isInstanceOfSatisfying(AiRateLimited.class, e -> {
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            assertThat(e.getMessage()).isEqualTo("anthropic rate limit exceeded after 3 attempts "
                    + "(rate_limit_error: slow down); retry after 1 s");
        });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void unauthorizedIsNeverRetried() {
        server.enqueue(json(401, error("authentication_error", "invalid x-api-key")));
        assertThatThrownBy(() -> client.complete(request())).isInstanceOf(AiUnauthorized.class)
                .hasMessage("anthropic rejected the API key (authentication_error: invalid x-api-key)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorsExhaustTheRetries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, error("api_error", "Internal server error")));
        }
        assertThatThrownBy(() -> client.complete(request())).isInstanceOfSatisfying(AiError.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.getMessage()).isEqualTo("anthropic answered HTTP 500 after 3 attempts "
                    + "(api_error: Internal server error)");
        });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void overloadedIsUnavailableAfterTheRetries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(529, error("overloaded_error", "Overloaded")));
        }
        assertThatThrownBy(() -> client.complete(request())).isInstanceOf(AiUnavailable.class)
                .hasMessage("anthropic is overloaded after 3 attempts (overloaded_error: Overloaded)");
    }

    @Test
    void aBadRequestIsNotRetried() {
        server.enqueue(json(400, error("invalid_request_error", "max_tokens: must be at most 8192")));
        assertThatThrownBy(() -> client.complete(request())).isInstanceOf(AiError.class)
                .hasMessage("anthropic answered HTTP 400 (invalid_request_error: max_tokens: must be at most 8192)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAClearError() {
        server.enqueue(json(200, "{\"content\": [ this is not json"));
        assertThatThrownBy(() -> client.complete(request())).isInstanceOf(AiError.class)
                .hasMessage("anthropic sent a response that is not valid JSON");
        server.enqueue(json(200, "{\"type\": \"message\"}"));
        assertThatThrownBy(() -> client.complete(request())).isInstanceOf(AiError.class)
                .hasMessage("anthropic sent a response without content[] and usage");
    }

    @Test
    void anUnreachableServerIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        AnthropicClient nowhere = new AnthropicClient("http://127.0.0.1:" + closedPort, "k", AiHttp.shared(), FAST);
        assertThatThrownBy(() -> nowhere.complete(request())).isInstanceOf(AiUnavailable.class)
                .hasMessageStartingWith("cannot reach anthropic at http://127.0.0.1:" + closedPort + "/v1/messages");
    }

    @Test
    void aSlowServerTimesOut() {
        server.enqueue(new MockResponse.Builder().body(OK).headersDelay(3, TimeUnit.SECONDS).build());
        AnthropicClient impatient = new AnthropicClient(server.url("/").toString(), "k",
                AiHttp.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)), FAST);
        assertThatThrownBy(() -> impatient.complete(request())).isInstanceOf(AiTimeout.class)
                .hasMessageStartingWith("anthropic did not answer in time");
    }

    @Test
    void moreConcurrentCallsThanTheDispatcherRunsAllComplete() throws Exception {
        int calls = 40;
        for (int i = 0; i < calls; i++) {
            server.enqueue(json(200, OK));
        }
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        java.util.Queue<Object> outcomes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < calls; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    outcomes.add(client.complete(request()).text());
                } catch (Exception e) {
                    outcomes.add(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(20));
        }
        assertThat(outcomes).hasSize(calls).allMatch("Hello world"::equals);
    }

    @Test
    void anInterruptCancelsTheCallPromptly() throws Exception {
        server.enqueue(new MockResponse.Builder().body(OK).headersDelay(20, TimeUnit.SECONDS).build());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                client.complete(request());
            } catch (Exception e) {
                thrown.set(e);
            }
        });
        server.takeRequest(5, TimeUnit.SECONDS);
        long start = System.nanoTime();
        caller.interrupt();
        caller.join(Duration.ofSeconds(5));
        assertThat(caller.isAlive()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }
}
