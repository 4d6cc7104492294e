package dev.clio.server;

import java.time.Instant;

/**
 * One finished request, for the access log ({@code logs/access.log}, a line containing {@code HTTP <status>}).
 *
 * @param path the raw path, made printable; never the query string (it could hold secrets)
 * @param keyPrefix the public prefix of the API key used, or {@code -}
 */
public record AccessRecord(Instant time, String requestId, String client, String method, String path, String route,
        int status, double durationMs, String keyPrefix) {

    /** The stable line format: {@code <time> <request id> <client> "<method> <path>" HTTP <status> <ms>ms key=<p>}. */
    public String toLine() {
        return time + " " + requestId + " " + client + " \"" + method + " " + path + "\" HTTP " + status + " "
                + String.format(java.util.Locale.ROOT, "%.1f", durationMs) + "ms key=" + keyPrefix;
    }
}
