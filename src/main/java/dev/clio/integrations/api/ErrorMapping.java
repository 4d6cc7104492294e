package dev.clio.integrations.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsException.Kind;
import dev.clio.ops.OpsJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns what the transport saw (an error answer, an IO failure) into the {@link OpsException} the caller would have
 * got in-process, with a message a person can act on. The server's error body ({@code {error, message, details?,
 * request_id}}) decides the kind by its code, so a remote call fails exactly like an embedded one; an answer without
 * that body (a proxy's 502) is classified by its status.
 */
final class ErrorMapping {

    private ErrorMapping() {
    }

    /**
     * @param what the call, e.g. {@code GET /api/v1/system}, named when the answer carries no message of its own
     */
    static OpsException fromResponse(String origin, String what, int status, String body, String retryAfter) {
        JsonNode json = parse(body);
        String code = json.path("error").asText("");
        String message = json.path("message").asText("");
        Kind kind = byCode(code, status);
        if (message.isBlank()) {
            message = "The server at " + origin + " answered HTTP " + status + " to " + what;
        }
        return new OpsException(kind, sentence(kind, origin, message, json.path("details"), retryAfter));
    }

    /** A failure before any answer arrived. */
    static OpsException fromIo(String origin, String what, IOException e) {
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new OpsException(Kind.UNAVAILABLE, "Cannot reach the server at " + origin + ": "
                    + reason(e, "connection refused"), e);
        }
        if (e instanceof UnknownHostException) {
            return new OpsException(Kind.UNAVAILABLE, "Cannot reach the server at " + origin
                    + ": the host name is unknown", e);
        }
        if (e instanceof SSLException) {
            return new OpsException(Kind.UNAVAILABLE, "Cannot open a trusted TLS connection to " + origin + ": "
                    + tlsReason(e) + " (give the server's CA certificate as a PEM file if it uses its own)", e);
        }
        if (e instanceof InterruptedIOException) {
            return new OpsException(Kind.TIMEOUT, "The server at " + origin + " did not answer " + what
                    + " in time; it may be overloaded or stuck", e);
        }
        return new OpsException(Kind.UNAVAILABLE, "Cannot reach the server at " + origin + ": "
                + reason(e, "the connection failed"), e);
    }

    private static Kind byCode(String code, int status) {
        if ("workflow_not_found".equals(code)) {
            return Kind.NOT_FOUND;
        }
        if ("method_not_allowed".equals(code)) {
            return Kind.INVALID_REQUEST;
        }
        return Arrays.stream(Kind.values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseGet(() -> byStatus(status));
    }

    private static Kind byStatus(int status) {
        return switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 413 -> Kind.PAYLOAD_TOO_LARGE;
            case 429 -> Kind.RATE_LIMITED;
            case 504 -> Kind.TIMEOUT;
            default -> status >= 500 ? Kind.UNAVAILABLE : Kind.INVALID_REQUEST;
        };
    }

    private static String sentence(Kind kind, String origin, String message, JsonNode details, String retryAfter) {
        String hint = details.path("hint").asText("");
        return switch (kind) {
            case UNAUTHORIZED -> "The server at " + origin + " did not accept the API key"
                    + (hint.isBlank() ? " (" + message + ")" : ": " + hint);
            case FORBIDDEN -> "Not allowed: " + message;
            case RATE_LIMITED -> message + retryHint(retryAfter, details);
            default -> message;
        };
    }

    private static String retryHint(String header, JsonNode details) {
        String seconds = header != null && !header.isBlank() ? header.trim()
                : details.path("retry_after_seconds").asText("");
        return seconds.isBlank() ? "" : " (retry after " + seconds + " s)";
    }

    private static String reason(IOException e, String fallback) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return fallback;
        }
        String lower = chain(e);
        if (lower.contains("refused")) {
            return "connection refused";
        }
        if (lower.contains("reset")) {
            return "connection reset";
        }
        if (lower.contains("unexpected end of stream") || lower.contains("closed")) {
            return "the connection closed before the answer was complete";
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private static String tlsReason(IOException e) {
        String all = chain(e);
        if (all.contains("pkix") || all.contains("certification path") || all.contains("trust anchor")) {
            return "its certificate is not signed by a trusted CA";
        }
        if (all.contains("hostname") && all.contains("not verified")) {
            return "its certificate is not issued for this host name";
        }
        return reason(e, "the TLS handshake failed");
    }

    /** OkHttp wraps the socket's own words ("Connection refused") in its own; look at every cause. */
    private static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 2_000; t = t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : OpsJson.mapper().readTree(body);
            return node == null ? OpsJson.mapper().createObjectNode() : node;
        } catch (IOException e) {
            return OpsJson.mapper().createObjectNode();
        }
    }
}
