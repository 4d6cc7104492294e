package dev.clio.server;

import dev.clio.engine.log.AccessLog;
import dev.clio.engine.log.AccessLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One finished request, as the server reports it: the access log's entry plus the route template it matched.
 *
 * @param path the raw path; never the query string (it could hold secrets)
 * @param route the matched route template, or {@code unmatched}
 * @param keyPrefix the public prefix of the API key used, or null
 */
public record AccessRecord(Instant time, String requestId, String client, String method, String path, String route,
        int status, Duration duration, String keyPrefix) {

    public AccessLogEntry toEntry() {
        return new AccessLogEntry(time, requestId, method, path, status, duration, keyPrefix, client);
    }

    /** The line {@code logs/access.log} gets for this request. */
    public String toLine() {
        return AccessLog.format(toEntry());
    }

    /** A sink writing every record to {@code log}. */
    public static Consumer<AccessRecord> to(AccessLog log) {
        return record -> log.record(record.toEntry());
    }
}
