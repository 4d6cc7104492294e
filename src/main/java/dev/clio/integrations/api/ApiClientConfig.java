package dev.clio.integrations.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ApiClient} reaches one server.
 *
 * @param baseUrl the server root, e.g. {@code http://127.0.0.1:8080} (paths such as {@code /api/v1/...} are added)
 * @param apiKey sent only in the {@code X-API-Key} header; null for public calls only
 * @param caCertificate a PEM file with the CA (or self-signed) certificate to trust for this connection only; null
 *     trusts the JVM's default CAs
 * @param callTimeout the limit of one attempt, connect to last byte
 * @param streamReadTimeout how long a log stream may stay silent (heartbeats included) before it counts as lost
 */
public record ApiClientConfig(URI baseUrl, String apiKey, Path caCertificate, Duration connectTimeout,
        Duration readTimeout, Duration callTimeout, Duration streamReadTimeout, RetryPolicy retry) {

    public ApiClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(retry, "retry");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("server URL '" + baseUrl
                    + "' is not an http:// or https:// address, e.g. http://127.0.0.1:8080");
        }
        if (apiKey != null && apiKey.strip().chars().anyMatch(c -> c <= ' ' || c > '~')) {
            // never echo the key: it would end up in a log or on a screen
            throw new IllegalArgumentException("the API key contains spaces, line breaks or other characters a key "
                    + "never has; copy it again exactly as 'cli-orchestrator keys create' printed it");
        }
    }

    /** Five-second connects, thirty-second answers, three attempts for idempotent calls. */
    public static ApiClientConfig defaults(URI baseUrl, String apiKey, Path caCertificate) {
        return new ApiClientConfig(baseUrl, apiKey, caCertificate, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(60), Duration.ofSeconds(60), RetryPolicy.defaults());
    }

    /** The key without surrounding whitespace (a pasted key often ends in a newline), or null. */
    public String apiKey() {
        return apiKey == null ? null : apiKey.strip();
    }

    public ApiClientConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new ApiClientConfig(baseUrl, apiKey, caCertificate, connect, read, call, streamReadTimeout, retry);
    }

    public ApiClientConfig withRetry(RetryPolicy value) {
        return new ApiClientConfig(baseUrl, apiKey, caCertificate, connectTimeout, readTimeout, callTimeout,
                streamReadTimeout, value);
    }

    public ApiClientConfig withStreamReadTimeout(Duration value) {
        return new ApiClientConfig(baseUrl, apiKey, caCertificate, connectTimeout, readTimeout, callTimeout, value,
                retry);
    }

    /** The server root without a trailing slash, as shown in error messages. */
    public String origin() {
        String s = baseUrl.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
