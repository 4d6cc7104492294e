package dev.clio.integrations.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.testing.FakeEventsApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagerDutyClientTest {

    private static final String KEY = "R0UT1NGKEY0123456789abcdefABCDEF";
    private final FakeEventsApi api = FakeEventsApi.start();
    private final List<Duration> waits = new ArrayList<>();
    private final PagerDutyClient client = new PagerDutyClient(api.endpoint(), KEY,
            new PagingRetry(4, Duration.ofSeconds(1), Duration.ofSeconds(3)), waits::add, Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aTriggerSendsTheDocumentedFieldsAndReadsTheAnswer() throws Exception {
        Instant at = Instant.parse("2026-12-02T06:00:00Z");
        PagingEvent trigger = new PagingEvent(PagingEvent.Action.TRIGGER, "INC-20261202060000", "API down",
                "cli-orchestrator prod", "critical", at, Map.of("severity", "critical", "impact", "all users"),
                List.of(new PagingEvent.Link("https://runbook.example/service-down", "Runbook")));

        PagingResult result = client.send(trigger);

        assertThat(result.dedupKey()).isEqualTo("INC-20261202060000");
        assertThat(result.message()).isEqualTo("Event processed");
        assertThat(result.attempts()).isEqualTo(1);
        JsonNode sent = api.received().get(0);
        assertThat(fields(sent)).containsExactlyInAnyOrder("routing_key", "event_action", "dedup_key", "payload",
                "links", "client");
        assertThat(sent.get("routing_key").asText()).isEqualTo(KEY);
        assertThat(sent.get("event_action").asText()).isEqualTo("trigger");
        JsonNode payload = sent.get("payload");
        assertThat(fields(payload)).containsExactlyInAnyOrder("summary", "source", "severity", "timestamp",
                "custom_details");
        assertThat(payload.get("summary").asText()).isEqualTo("API down");
        assertThat(payload.get("source").asText()).isEqualTo("cli-orchestrator prod");
        assertThat(payload.get("severity").asText()).isEqualTo("critical");
        assertThat(payload.get("timestamp").asText()).isEqualTo("2026-12-02T06:00:00Z");
        assertThat(payload.get("custom_details").get("impact").asText()).isEqualTo("all users");
        assertThat(sent.get("links").get(0).get("href").asText()).isEqualTo("https://runbook.example/service-down");
        assertThat(waits).isEmpty();
    }

    @Test
    void acknowledgeAndResolveSendOnlyKeyActionAndDedupKey() throws Exception {
        client.send(PagingEvent.acknowledge("INC-1"));
        client.send(PagingEvent.resolve("INC-1"));

        assertThat(api.received()).extracting(n -> n.get("event_action").asText())
                .containsExactly("acknowledge", "resolve");
        assertThat(api.received()).allSatisfy(n -> {
            assertThat(fields(n)).containsExactlyInAnyOrder("routing_key", "event_action", "dedup_key");
            assertThat(n.get("dedup_key").asText()).isEqualTo("INC-1");
        });
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithGrowingBackoff() throws Exception {
        api.answerNext(429, "{\"status\":\"throttle\",\"message\":\"Requests for this service are arriving too "
                + "quickly\"}");
        api.answerNext(500, "oops");
        api.answerNext(503, "");

        PagingResult result = client.send(PagingEvent.resolve("INC-2"));

        assertThat(result.attempts()).isEqualTo(4);
        assertThat(api.received()).hasSize(4);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @Test
    void retriesAreBoundedAndTheLastFailureIsTheSentence() {
        for (int i = 0; i < 4; i++) {
            api.answerNext(429, "{\"status\":\"throttle\",\"message\":\"Requests are arriving too quickly\"}");
        }

        assertThatThrownBy(() -> client.send(PagingEvent.resolve("INC-3")))
                .isInstanceOf(PagingException.class)
                .hasMessage("The paging service at " + api.endpoint() + " rate-limited the resolve of INC-3 (HTTP "
                        + "429, Requests are arriving too quickly) after 4 attempts.");
        assertThat(api.received()).hasSize(4);
        assertThat(waits).hasSize(3);
    }

    @Test
    void aBadRequestIsNotRetriedAndSaysWhatPagerDutySaid() {
        PagerDutyClient badKey = new PagerDutyClient(api.endpoint(), "short", PagingRetry.DEFAULT, waits::add,
                Duration.ofSeconds(5));
        api.answerNext(400, "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":"
                + "[\"Length of 'routing_key' is incorrect (should be 32 characters)\"]}");

        assertThatThrownBy(() -> badKey.send(PagingEvent.acknowledge("INC-4")))
                .isInstanceOf(PagingException.class)
                .hasMessage("The paging service at " + api.endpoint() + " refused the acknowledge of INC-4 (HTTP 400, "
                        + "Event object is invalid: Length of 'routing_key' is incorrect (should be 32 characters)); "
                        + "check the connection's routing key and endpoint.")
                .hasMessageNotContaining("short");
        assertThat(api.received()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void anEndpointThatDoesNotAnswerIsRetriedThenNamed() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PagerDutyClient nowhere = new PagerDutyClient(URI.create("http://127.0.0.1:" + port + "/v2/enqueue"), KEY,
                new PagingRetry(2, Duration.ofSeconds(1), Duration.ofSeconds(1)), waits::add, Duration.ofSeconds(2));

        assertThatThrownBy(() -> nowhere.send(PagingEvent.resolve("INC-5")))
                .isInstanceOf(PagingException.class)
                .hasMessageStartingWith("Cannot reach the paging service at http://127.0.0.1:" + port)
                .hasMessageEndingWith("after 2 attempts.");
        assertThat(waits).hasSize(1);
    }

    @Test
    void eventsThatPagerDutyWouldRefuseAreRefusedHere() {
        assertThatThrownBy(() -> new PagingEvent(PagingEvent.Action.TRIGGER, "INC-6", "s", "src", "high",
                Instant.now(), null, null)).hasMessageContaining("severity 'high' is not one of");
        assertThatThrownBy(() -> PagingEvent.resolve(" ")).hasMessageContaining("dedup key");
        assertThatThrownBy(() -> new PagerDutyClient(URI.create("mailto:x"), KEY))
                .hasMessageContaining("is not an http(s) URL");
        assertThatThrownBy(() -> new PagerDutyClient(api.endpoint(), " ")).hasMessageContaining("routing key");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
