package dev.clio.ops.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.ops.Resources;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parses structured-log lines and applies a {@link Resources.LogQuery}'s filters: level, event and workflow exactly
 * (level case-insensitive, WARNING = WARN), text as a case-insensitive substring of the raw line. Lines that are not
 * JSON objects with a timestamp are skipped, never fatal.
 */
final class LogFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A line longer than this is cut before it is parsed or returned. */
    static final int MAX_LINE_CHARS = 64 * 1024;
    /** Values that JSON writes as they are, so a raw substring test is exact. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z0-9_ .:-]+");

    private final String level;
    private final String event;
    private final String workflow;
    private final String text;

    LogFilter(Resources.LogQuery query) {
        this.level = blankToNull(query.level()) == null ? null : normalLevel(query.level());
        this.event = blankToNull(query.event());
        this.workflow = blankToNull(query.workflow());
        this.text = blankToNull(query.text()) == null ? null : query.text().toLowerCase(Locale.ROOT);
    }

    /** The entry of a matching line, or null when the line does not parse or does not match. */
    Resources.LogEntry match(String line) {
        if (line == null || line.isBlank() || line.length() > MAX_LINE_CHARS) {
            return null;
        }
        if (text != null && !line.toLowerCase(Locale.ROOT).contains(text) || !mayMatch(line)) {
            return null;
        }
        Resources.LogEntry entry = parse(line);
        if (entry == null) {
            return null;
        }
        boolean matches = (level == null || level.equals(normalLevel(entry.level())))
                && (event == null || event.equals(entry.event()))
                && (workflow == null || workflow.equals(entry.workflowName()));
        return matches ? entry : null;
    }

    /**
     * The timestamp of a line without parsing all of it: the engine writes it first ({@code {"timestamp":"...}});
     * other lines are parsed. Null when there is none.
     */
    static Instant timestamp(String line) {
        String prefix = "{\"timestamp\":\"";
        if (line.startsWith(prefix)) {
            int end = line.indexOf('"', prefix.length());
            try {
                return end < 0 ? null : Instant.parse(line.substring(prefix.length(), end));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Resources.LogEntry entry = parse(line);
        return entry == null ? null : entry.timestamp();
    }

    static Resources.LogEntry parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject() || !node.path("timestamp").isTextual()) {
                return null;
            }
            return new Resources.LogEntry(Instant.parse(node.get("timestamp").asText()), text(node, "level"),
                    text(node, "event"), text(node, "workflow_name"), text(node, "message"), line);
        } catch (java.io.IOException | DateTimeParseException e) {
            return null;
        }
    }

    /** A cheap necessary condition before parsing: a plain filter value must appear in the raw line. */
    private boolean mayMatch(String line) {
        return mayContain(line, event) && mayContain(line, workflow);
    }

    private static boolean mayContain(String line, String value) {
        return value == null || !PLAIN.matcher(value).matches() || line.contains(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String normalLevel(String value) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return "WARNING".equals(upper) ? "WARN" : upper;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
