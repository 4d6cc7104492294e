package dev.clio.engine.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The HTTP access log ({@code logs/access.log}): one line per request, in a stable space-separated format,
 * <pre>{@code
 * <ISO time> <request id> <method> <path> HTTP <status> <duration>ms key=<key prefix or -> ip=<client>
 * }</pre>
 * for example {@code 2026-12-01T19:55:01.123Z 0f3c9a GET /api/v1/health HTTP 200 3ms key=clio_ab12cd ip=127.0.0.1}.
 * Every field is one word: spaces and control characters in request-supplied values are percent-encoded, so
 * {@code grep "HTTP 5" logs/access.log} finds exactly the 5xx responses and a request cannot forge a line.
 *
 * <p>Thread-safe; each line is flushed; rolls over by size like {@link StructuredLog}; write errors are reported once
 * and never thrown.
 */
public final class AccessLog implements AutoCloseable {

    /** At most this many characters of an API key ever reach the log. */
    public static final int KEY_PREFIX_LENGTH = 12;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final RollingLogFile file;

    private AccessLog(RollingLogFile file) {
        this.file = file;
    }

    public static AccessLog open(Path file) {
        return open(file, LogRotation.DEFAULT);
    }

    public static AccessLog open(Path file, LogRotation rotation) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setPattern("%msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        return new AccessLog(RollingLogFile.open(file, rotation, encoder));
    }

    /** Appends one line for a finished request. */
    public void record(AccessLogEntry entry) {
        file.append(entry.at(), Level.INFO, format(entry), null);
    }

    /** The line {@link #record} writes, without the newline. */
    public static String format(AccessLogEntry e) {
        long millis = e.duration() == null ? 0 : Math.max(0, e.duration().toMillis());
        int status = Math.max(0, Math.min(999, e.status()));
        String key = e.keyPrefix() == null || e.keyPrefix().length() <= KEY_PREFIX_LENGTH ? e.keyPrefix()
                : e.keyPrefix().substring(0, KEY_PREFIX_LENGTH);
        return TIME.format(e.at()) + " " + Words.word(e.requestId()) + " " + Words.word(e.method()) + " "
                + Words.word(e.path()) + " HTTP " + String.format(java.util.Locale.ROOT, "%03d", status) + " "
                + millis + "ms key=" + Words.word(key) + " ip=" + Words.word(e.clientIp());
    }

    public Path file() {
        return file.file();
    }

    /** The first write problem, if the log has stopped reaching the disk. */
    public Optional<String> failure() {
        return file.failure();
    }

    @Override
    public void close() {
        file.close();
    }
}
