package dev.clio.integrations.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a provider request with bounded retries: 429 and 5xx (and connection failures) are retried with backoff,
 * honouring retry-after up to the policy's cap; other 4xx never are. Errors become our own exceptions.
 */
final class ProviderGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRIED = Set.of(408, 429, 500, 502, 503, 504, 529);

    private final Protocol protocol;
    private final AiHttp http;
    private final RetryPolicy retry;

    ProviderGateway(Protocol protocol, AiHttp http, RetryPolicy retry) {
        this.protocol = protocol;
        this.http = http;
        this.retry = retry;
    }

    AiResponse complete(AiRequest request) throws AiException, InterruptedException {
        byte[] body;
        try {
            body = protocol.body(request);
        } catch (IOException e) {
            throw new AiError("cannot encode the request: " + e.getMessage(), 0);
        }
        AiException last = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            Duration retryAfter = null;
            try {
                AiHttp.Reply reply = http.post(protocol.url(), protocol.headers(), body);
                if (reply.status() / 100 == 2) {
                    return protocol.parse(reply.body(), request);
                }
                last = failure(reply, attempt);
                if (!RETRIED.contains(reply.status())) {
                    throw last;
                }
                retryAfter = retryAfter(reply.retryAfter());
            } catch (SocketTimeoutException e) {
                throw new AiTimeout(protocol.provider() + " did not answer in time (" + e.getMessage() + ")");
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("AI call cancelled");
                }
                last = new AiUnavailable("cannot reach " + protocol.provider() + " at " + protocol.url() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            if (attempt < retry.maxAttempts()) {
                Duration wait = retry.delay(attempt, retryAfter);
                LOG.warn("{} call failed ({}); retry {} of {} in {} ms", protocol.provider(), last.getMessage(),
                        attempt, retry.maxAttempts() - 1, wait.toMillis());
                Thread.sleep(wait.toMillis());
            }
        }
        throw last;
    }

    private AiException failure(AiHttp.Reply reply, int attempt) {
        String provider = protocol.provider();
        String detail = errorText(reply.body());
        String tries = attempt > 1 ? " after " + attempt + " attempts" : "";
        return switch (reply.status()) {
            case 401, 403 -> new AiUnauthorized(provider + " rejected the API key (" + detail + ")");
            case 429 -> new AiRateLimited(provider + " rate limit exceeded" + tries + " (" + detail + ")"
                    + (reply.retryAfter() == null ? "" : "; retry after " + reply.retryAfter() + " s"),
                    retryAfter(reply.retryAfter()));
            case 503, 529 -> new AiUnavailable(provider + " is overloaded" + tries + " (" + detail + ")");
            default -> new AiError(provider + " answered HTTP " + reply.status() + tries + " (" + detail + ")",
                    reply.status());
        };
    }

    /** "type: message" from either provider's error body ({@code {error: {type, message}}}), else the raw start. */
    static String errorText(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String type = error.path("type").asText("");
            String message = error.path("message").asText("");
            if (!message.isEmpty()) {
                return type.isEmpty() ? message : type + ": " + message;
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON: show the start of whatever the server sent.
        }
        String raw = body == null ? "" : body.strip();
        return raw.isEmpty() ? "no details" : raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
    }

    /** retry-after in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(header.strip()) * 1000));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
