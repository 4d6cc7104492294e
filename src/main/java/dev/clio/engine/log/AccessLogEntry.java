package dev.clio.engine.log;

import java.time.Duration;
import java.time.Instant;

/**
 * One HTTP request as the access log records it.
 *
 * @param requestId the id the server returns in its responses and error bodies ({@code request_id})
 * @param path the request path as received (query strings are better left out: they may hold secrets)
 * @param keyPrefix the first characters of the API key used, or null; the log keeps at most
 *     {@value AccessLog#KEY_PREFIX_LENGTH} characters whatever is passed
 * @param clientIp the client's address, or null
 */
public record AccessLogEntry(Instant at, String requestId, String method, String path, int status, Duration duration,
        String keyPrefix, String clientIp) {
}
