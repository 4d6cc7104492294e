package dev.clio.integrations.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends events to the PagerDuty Events API v2 ({@code POST /v2/enqueue}) or anything that speaks it. A 429 or 5xx
 * (or no answer) is retried with backoff, boundedly ({@link PagingRetry}); a 4xx is one sentence with PagerDuty's
 * {@code message} and {@code errors}. Blocks for up to the retries' waits plus the timeouts: call it off the UI
 * thread. The routing key goes into request bodies only, never into a message or the log.
 */
public final class PagerDutyClient {

    /** Where PagerDuty takes events. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://events.pagerduty.com/v2/enqueue");

    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyClient.class);
    private static final OkHttpClient SHARED = new OkHttpClient();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpUrl endpoint;
    private final String routingKey;
    private final PagingRetry retry;
    private final PagingRetry.Sleeper sleeper;
    private final OkHttpClient http;

    public PagerDutyClient(URI endpoint, String routingKey) {
        this(endpoint, routingKey, PagingRetry.DEFAULT, PagingRetry.Sleeper.REAL, Duration.ofSeconds(10));
    }

    /** @throws IllegalArgumentException when the endpoint is not http(s) or there is no routing key */
    public PagerDutyClient(URI endpoint, String routingKey, PagingRetry retry, PagingRetry.Sleeper sleeper,
            Duration timeout) {
        this.endpoint = endpoint == null ? null : HttpUrl.parse(endpoint.toString());
        if (this.endpoint == null) {
            throw new IllegalArgumentException("paging endpoint '" + endpoint + "' is not an http(s) URL, e.g. "
                    + DEFAULT_ENDPOINT);
        }
        if (routingKey == null || routingKey.isBlank()) {
            throw new IllegalArgumentException("paging needs a routing key (the integration key of a PagerDuty "
                    + "service's Events API v2 integration)");
        }
        this.routingKey = routingKey.strip();
        this.retry = Objects.requireNonNull(retry);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.http = SHARED.newBuilder().connectTimeout(timeout).readTimeout(timeout).callTimeout(timeout).build();
    }

    public String endpoint() {
        return endpoint.toString();
    }

    /**
     * Sends the event, retrying 429 and 5xx.
     *
     * @throws PagingException when PagerDuty refuses it (4xx) or still fails after the last attempt
     * @throws InterruptedException when interrupted while waiting to retry
     */
    public PagingResult send(PagingEvent event) throws InterruptedException {
        byte[] body = body(event);
        PagingException last = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            try (Response response = http.newCall(new Request.Builder().url(endpoint)
                    .post(RequestBody.create(body, JSON_TYPE)).build()).execute()) {
                String text = response.body().string();
                int code = response.code();
                if (code / 100 == 2) {
                    JsonNode reply = readOrEmpty(text);
                    return new PagingResult(reply.path("message").asText(""),
                            reply.path("dedup_key").asText(event.dedupKey()), attempt);
                }
                last = new PagingException(refusal(event, code, text, attempt), code, attempt);
                if (code != 429 && code / 100 != 5) {
                    throw last;
                }
            } catch (IOException e) {
                last = new PagingException("Cannot reach the paging service at " + endpoint + " to "
                        + event.action().label() + " " + event.dedupKey() + " (" + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()) + ") after " + attempt + " attempt"
                        + (attempt == 1 ? "" : "s") + ".", 0, attempt);
            }
            if (attempt < retry.maxAttempts()) {
                Duration wait = retry.delay(attempt);
                LOG.warn("paging {} {} failed ({}); retry {} of {} in {} ms", event.action().label(),
                        event.dedupKey(), last.status(), attempt, retry.maxAttempts() - 1, wait.toMillis());
                sleeper.sleep(wait);
            }
        }
        throw last;
    }

    private byte[] body(PagingEvent event) {
        ObjectNode root = JSON.createObjectNode();
        root.put("routing_key", routingKey);
        root.put("event_action", event.action().label());
        root.put("dedup_key", event.dedupKey());
        if (event.action() == PagingEvent.Action.TRIGGER) {
            ObjectNode payload = root.putObject("payload");
            payload.put("summary", event.summary());
            payload.put("source", event.source());
            payload.put("severity", event.severity());
            payload.put("timestamp", event.timestamp().toString());
            payload.set("custom_details", JSON.valueToTree(Map.copyOf(event.customDetails())));
            root.put("client", "cli-orchestrator");
            var links = root.putArray("links");
            for (PagingEvent.Link link : event.links()) {
                ObjectNode l = links.addObject().put("href", link.href());
                if (link.text() != null) {
                    l.put("text", link.text());
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("the paging event's details cannot be written as JSON: "
                    + e.getMessage(), e);
        }
    }

    /** {@code {status, message, errors[]}} as one sentence. */
    private String refusal(PagingEvent event, int code, String text, int attempt) {
        JsonNode reply = readOrEmpty(text);
        List<String> errors = new ArrayList<>();
        reply.path("errors").forEach(e -> errors.add(e.asText()));
        String message = reply.path("message").asText("").strip();
        String said = (message.isEmpty() ? reply.path("status").asText("") : message)
                + (errors.isEmpty() ? "" : ": " + String.join("; ", errors));
        if (said.isBlank()) {
            said = text.length() > 200 ? text.substring(0, 200) + "…" : text.strip();
        }
        String what = code == 429 ? "rate-limited" : code / 100 == 5 ? "failed to take" : "refused";
        return "The paging service at " + endpoint + " " + what + " the " + event.action().label() + " of "
                + event.dedupKey() + " (HTTP " + code + (said.isBlank() ? "" : ", " + said) + ")"
                + (code / 100 == 4 && code != 429 ? "; check the connection's routing key and endpoint" : " after "
                + attempt + " attempt" + (attempt == 1 ? "" : "s")) + ".";
    }

    private static JsonNode readOrEmpty(String text) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : JSON.readTree(text);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
