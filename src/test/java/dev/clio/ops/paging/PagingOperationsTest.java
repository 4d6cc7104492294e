package dev.clio.ops.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.integrations.paging.PagerDutyClient;
import dev.clio.integrations.paging.PagingRetry;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.testing.FakeEventsApi;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real embedded engine, paging a local Events API v2 stand-in that checks the documented format. */
class PagingOperationsTest {

    private static final String KEY = "R0UT1NGKEY0123456789abcdefABCDEF";

    @TempDir
    Path dir;
    private final FakeEventsApi api = FakeEventsApi.start();
    private final List<Duration> waits = new ArrayList<>();
    private Operations embedded;
    private Operations ops;

    @BeforeEach
    void open() throws Exception {
        Workspace ws = WorkspaceInitializer.initialize(dir.resolve("ws")).workspace();
        embedded = EmbeddedOperations.open(ws);
        PagerDutyClient client = new PagerDutyClient(api.endpoint(), KEY, new PagingRetry(3, Duration.ofSeconds(1),
                Duration.ofSeconds(4)), waits::add, Duration.ofSeconds(5));
        ops = new PagingOperations(embedded, new PagingNotifier(embedded, client, "cli-orchestrator test"));
    }

    @AfterEach
    void close() {
        ops.close();
        api.close();
    }

    @Test
    void declaringTriggersWithTheIncidentIdAsDedupKeyAndRecordsTheOutcome() {
        Incidents.Incident incident = ops.openIncident(new Incidents.OpenRequest("API returning 500s",
                Incidents.Severity.HIGH, "half the workflows fail", null, null));

        JsonNode sent = api.received().get(0);
        assertThat(sent.get("event_action").asText()).isEqualTo("trigger");
        assertThat(sent.get("dedup_key").asText()).isEqualTo(incident.id());
        assertThat(sent.get("routing_key").asText()).isEqualTo(KEY);
        JsonNode payload = sent.get("payload");
        assertThat(payload.get("severity").asText()).isEqualTo("error");
        assertThat(payload.get("summary").asText()).isEqualTo(incident.id() + " [high] API returning 500s");
        assertThat(payload.get("source").asText()).isEqualTo("cli-orchestrator test");
        assertThat(payload.get("timestamp").asText()).isEqualTo(incident.startedAt().toString());
        assertThat(payload.get("custom_details").get("impact").asText()).isEqualTo("half the workflows fail");
        Incidents.Event paging = last(incident.id());
        assertThat(paging.kind()).isEqualTo(EventKind.PAGING);
        assertThat(paging.payload()).containsEntry("action", "trigger").containsEntry("result", "sent")
                .containsEntry("dedup_key", incident.id()).containsEntry("message", "Event processed")
                .containsEntry("endpoint", api.endpoint().toString());
        assertThat(paging.payload().toString()).doesNotContain(KEY);
        assertThat(incident.lastSeq()).as("the returned incident includes the paging entry").isEqualTo(paging.seq());
    }

    @Test
    void acknowledgingResolvingAndReopeningSendTheMatchingActions() {
        String id = ops.openIncident(new Incidents.OpenRequest("slow", Incidents.Severity.LOW, null, null, null)).id();

        ops.recordIncidentEvent(id, new Incidents.EventRequest(EventKind.ACKNOWLEDGEMENT, Map.of("text", "on it")));
        ops.changeIncidentStatus(id, Incidents.Status.IDENTIFIED, "found it");
        ops.resolveIncident(id, new Incidents.ResolveRequest("cache", "flushed", "alert on it"));
        ops.changeIncidentStatus(id, Incidents.Status.MONITORING, "it came back");
        ops.recordIncidentEvent(id, new Incidents.EventRequest(EventKind.NOTE, Map.of("text", "no page for notes")));

        assertThat(api.received()).extracting(n -> n.get("event_action").asText())
                .containsExactly("trigger", "acknowledge", "acknowledge", "resolve", "trigger");
        assertThat(api.received()).allSatisfy(n -> assertThat(n.get("dedup_key").asText()).isEqualTo(id));
        assertThat(api.received().get(0).get("payload").get("severity").asText()).isEqualTo("info");
        assertThat(ops.incidentEvents(id, 0, EventKind.PAGING).events()).extracting(e -> e.payload().get("action"))
                .containsExactly("trigger", "acknowledge", "acknowledge", "resolve", "trigger");
    }

    @Test
    void aRefusedPageIsRecordedAsFailedAndTheIncidentStillStands() {
        api.answerNext(400, "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":"
                + "[\"'routing_key' is invalid\"]}");

        Incidents.Incident incident = ops.openIncident(new Incidents.OpenRequest("down", Incidents.Severity.CRITICAL,
                null, null, null));

        assertThat(ops.incident(incident.id()).status()).isEqualTo(Incidents.Status.INVESTIGATING);
        Incidents.Event paging = last(incident.id());
        assertThat(paging.payload()).containsEntry("result", "failed").containsEntry("attempts", 1);
        assertThat((String) paging.payload().get("error")).contains("refused the trigger of " + incident.id())
                .contains("'routing_key' is invalid");
        assertThat(waits).isEmpty();
    }

    @Test
    void aRateLimitIsRetriedBeforeTheOutcomeIsRecorded() {
        api.answerNext(429, "{\"status\":\"throttle\",\"message\":\"too quickly\"}");
        api.answerNext(502, "");

        Incidents.Incident incident = ops.openIncident(new Incidents.OpenRequest("down", Incidents.Severity.MEDIUM,
                null, null, null));

        assertThat(last(incident.id()).payload()).containsEntry("result", "sent").containsEntry("attempts", 3);
        assertThat(api.received().get(2).get("payload").get("severity").asText()).isEqualTo("warning");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void withoutARoutingKeyNothingIsWrapped() {
        assertThat(PagingOperations.wrap(embedded, api.endpoint(), null, "x")).isSameAs(embedded);
        assertThat(PagingOperations.wrap(embedded, api.endpoint(), KEY, "x")).isInstanceOf(PagingOperations.class);
    }

    private Incidents.Event last(String id) {
        List<Incidents.Event> events = ops.incidentEvents(id, 0, null).events();
        return events.get(events.size() - 1);
    }
}
