package dev.clio.integrations.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Against a loopback server speaking the OpenAI Chat Completions wire format. */
@Timeout(30)
class OpenAiClientTest {

    static final String OK = """
            {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "gpt-test",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Looks fine."},
                          "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 21, "completion_tokens": 5, "total_tokens": 26}}
            """;

    private final MockWebServer server = new MockWebServer();
    private OpenAiClient client;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new OpenAiClient(server.url("/").toString(), "sk-openai", AiHttp.shared(),
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String error(String message, String type, String code) {
        return "{\"error\": {\"message\": \"" + message + "\", \"type\": \"" + type + "\", \"param\": null, "
                + "\"code\": \"" + code + "\"}}";
    }

    @Test
    void sendsTheDocumentedRequestAndReadsTheFirstChoice() throws Exception {
        server.enqueue(new MockResponse.Builder().body(OK).build());
        AiResponse response = client.complete(new AiRequest("gpt-test", "You review code.", "Review this", 100));
        assertThat(response.text()).isEqualTo("Looks fine.");
        assertThat(response.inputTokens()).isEqualTo(21);
        assertThat(response.outputTokens()).isEqualTo(5);
        assertThat(response.provider()).isEqualTo("openai");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer sk-openai");
        JsonNode body = new ObjectMapper().readTree(recorded.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("gpt-test");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(100);
        assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("system");
        assertThat(body.get("messages").get(1).get("role").asText()).isEqualTo("user");
        assertThat(body.get("messages").get(1).get("content").asText()).isEqualTo("Review this");
    }

    @Test
    void rateLimitWithRetryAfterThenSuccess() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "0.05")
                .body(error("Rate limit reached for requests", "requests", "rate_limit_exceeded")).build());
        server.enqueue(new MockResponse.Builder().body(OK).build());
        assertThat(client.complete(new AiRequest("gpt-test", null, "hi", 10)).text()).isEqualTo("Looks fine.");
        assertThat(server.getRequestCount()).isEqualTo(2);
        JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertThat(body.get("messages").size()).as("no system message when none is given").isEqualTo(1);
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        server.enqueue(new MockResponse.Builder().code(401)
                .body(error("Incorrect API key provided: sk-op***", "invalid_request_error", "invalid_api_key"))
                .build());
        assertThatThrownBy(() -> client.complete(new AiRequest("gpt-test", null, "hi", 10)))
                .isInstanceOf(AiUnauthorized.class)
                .hasMessage("openai rejected the API key "
                        + "(invalid_request_error: Incorrect API key provided: sk-op***)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aResponseWithoutChoicesIsMalformed() {
        server.enqueue(new MockResponse.Builder().body("{\"object\": \"chat.completion\", \"choices\": []}").build());
        assertThatThrownBy(() -> client.complete(new AiRequest("gpt-test", null, "hi", 10)))
                .isInstanceOf(AiError.class)
                .hasMessage("openai sent a response without choices[0].message.content and usage");
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        assertThat(ProviderGateway.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(ProviderGateway.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(ProviderGateway.retryAfter("soon")).isNull();
        assertThat(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30)).delay(3, null))
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30))
                .delay(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(30));
    }
}
