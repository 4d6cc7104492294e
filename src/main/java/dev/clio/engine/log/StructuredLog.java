package dev.clio.engine.log;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.logstash.logback.marker.Markers;

/**
 * The engine's structured log: one JSON object per line, appended to a file such as
 * {@code logs/cli-orchestrator.log}. Every line starts with {@code timestamp} (ISO-8601 UTC with milliseconds),
 * {@code level} ({@code INFO}, {@code WARN} or {@code ERROR}), {@code event} and {@code message}, followed by the
 * caller's fields, whose values may be any JSON type (strings, numbers, booleans, null, maps, lists).
 *
 * <p>Thread-safe. Each line is flushed as it is written, because the runbook tails this file. The file rolls over by
 * size ({@link LogRotation#DEFAULT}: 50 MiB, 5 archives). Writing never throws: a full disk or a vanished directory
 * is reported once on the application log and visible through {@link #failure()}; the caller carries on.
 *
 * <p>Open one instance per file per process and share it: two instances on one file would both try to roll it over.
 * See {@code docs/logging.md} for the events the engine writes.
 */
public final class StructuredLog implements AutoCloseable {

    public static final String INFO = "INFO";
    public static final String WARN = "WARN";
    public static final String ERROR = "ERROR";

    private static final Set<String> RESERVED = Set.of("timestamp", "level", "event", "message");

    private final RollingLogFile file;
    private final Clock clock;

    private StructuredLog(RollingLogFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Opens {@code file} for appending with the default rotation, creating parent directories. */
    public static StructuredLog open(Path file) {
        return open(file, LogRotation.DEFAULT, Clock.systemUTC());
    }

    public static StructuredLog open(Path file, LogRotation rotation, Clock clock) {
        return new StructuredLog(RollingLogFile.open(file, rotation, JsonLineEncoder.create()), clock);
    }

    /**
     * Writes one line stamped with the current time. The message is {@code fields.message} when present, else the
     * event name.
     *
     * @param level INFO, WARN or ERROR (case-insensitive)
     * @param fields extra fields in iteration order (null for none); keys {@code timestamp}, {@code level} and
     *     {@code event} are ignored because the line sets them
     * @throws IllegalArgumentException for an unknown level or a blank event name (programming errors)
     */
    public void event(String level, String event, Map<String, ?> fields) {
        event(clock.instant(), level, event, fields);
    }

    /** Like {@link #event(String, String, Map)}, stamped with {@code at} (for example when a run event happened). */
    public void event(Instant at, String level, String event, Map<String, ?> fields) {
        Level parsed = parseLevel(level);
        if (event == null || event.isBlank()) {
            throw new IllegalArgumentException("event name must not be blank");
        }
        Map<String, ?> given = fields == null ? Map.of() : fields;
        Object message = given.get("message");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", event);
        line.put("message", message == null ? event : String.valueOf(message));
        given.forEach((key, value) -> {
            if (key != null && !RESERVED.contains(key)) {
                line.put(key, JsonValues.sanitize(value));
            }
        });
        file.append(at == null ? clock.instant() : at, parsed, line.get("message").toString(), Markers.appendEntries(line));
    }

    /** The file being written. */
    public Path file() {
        return file.file();
    }

    /** The first write problem, if the log has stopped reaching the disk. */
    public Optional<String> failure() {
        return file.failure();
    }

    private static Level parseLevel(String level) {
        String upper = level == null ? "" : level.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case INFO -> Level.INFO;
            case WARN, "WARNING" -> Level.WARN;
            case ERROR -> Level.ERROR;
            default -> throw new IllegalArgumentException("log level must be INFO, WARN or ERROR, got " + level);
        };
    }

    /** Flushes and closes the file; later events are dropped. */
    @Override
    public void close() {
        file.close();
    }
}
