package dev.clio.console.common.logs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Turns a raw line into a {@link LogLine}: ANSI codes parsed, level detected, JSON objects read into columns, and a
 * leading timestamp (ISO-8601, RFC 3339 as {@code docker logs -t} writes it, or {@code yyyy-MM-dd HH:mm:ss}) taken as
 * the line's time. Thread-safe; sources call it on their own threads so the UI thread never parses.
 */
public final class LogLineParser {

    private static final JsonFactory JSON = new JsonFactory();
    private final ZoneId zone;

    public LogLineParser(ZoneId zone) {
        this.zone = zone;
    }

    public LogLine parse(String source, String raw, Instant arrival) {
        String line = stripLineEnd(raw);
        Ansi.Parsed parsed = Ansi.parse(line);
        String text = parsed.text();
        if (text.startsWith("{") && text.endsWith("}")) {
            LogLine json = json(source, text, parsed, line, arrival);
            if (json != null) {
                return json;
            }
        }
        Instant time = leadingTime(text);
        return new LogLine(source, time == null ? arrival : time, LogLevel.detect(text), text, parsed.runs(), null,
                line);
    }

    private LogLine json(String source, String text, Ansi.Parsed parsed, String raw, Instant arrival) {
        String time = null;
        String level = null;
        String event = null;
        String workflow = null;
        String message = null;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                String v = value == JsonToken.VALUE_NULL ? null : p.getText();
                switch (field) {
                    case "timestamp", "@timestamp", "time", "ts" -> time = time == null ? v : time;
                    case "level", "severity", "lvl" -> level = level == null ? v : level;
                    case "event" -> event = v;
                    case "workflow_name", "workflow", "workflowName" -> workflow = workflow == null ? v : workflow;
                    case "message", "msg" -> message = message == null ? v : message;
                    default -> { }
                }
            }
        } catch (IOException e) {
            return null;
        }
        Instant at = time == null ? null : instant(time);
        LogLevel lvl = level == null ? LogLevel.detect(message == null ? "" : message) : LogLevel.named(level);
        return new LogLine(source, at == null ? arrival : at, lvl, text, parsed.runs(),
                new JsonColumns(time, level, event, workflow, message), raw);
    }

    private Instant leadingTime(String text) {
        if (text.length() < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        char sep = text.charAt(10);
        if (sep == 'T') {
            int end = text.indexOf(' ');
            return instant(end < 0 ? text : text.substring(0, end));
        }
        if (sep == ' ') {
            int end = 19;
            while (end < text.length() && end < 29 && (Character.isDigit(text.charAt(end))
                    || text.charAt(end) == '.' || text.charAt(end) == ',')) {
                end++;
            }
            try {
                String iso = text.substring(0, end).replace(' ', 'T').replace(',', '.');
                return LocalDateTime.parse(iso).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String stripLineEnd(String raw) {
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
            end--;
        }
        String line = end == raw.length() ? raw : raw.substring(0, end);
        // a line never holds a line break: the view keeps one paragraph per line
        return line.indexOf('\n') < 0 && line.indexOf('\r') < 0 ? line : line.replace('\n', ' ').replace('\r', ' ');
    }
}
