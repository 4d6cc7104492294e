package dev.clio.console.common.logs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One parsed line, immutable and shared between the buffer and the view.
 *
 * @param source the name of the source it came from (a tab, a file, a container)
 * @param time the line's own timestamp, or when it arrived if it has none; merged views order by it
 * @param text the full line without ANSI codes (never truncated; what export and copy use)
 * @param ansi colour runs over {@code text} parsed from ANSI codes; empty for most lines
 * @param columns the JSON fields, or null for a plain line
 * @param raw the line exactly as read (the same string as {@code text} when there were no ANSI codes)
 */
public record LogLine(String source, Instant time, LogLevel level, String text, List<StyleRun> ansi,
        JsonColumns columns, String raw) {

    public LogLine {
        Objects.requireNonNull(source);
        Objects.requireNonNull(time);
        Objects.requireNonNull(level);
        Objects.requireNonNull(text);
        ansi = ansi == null ? List.of() : ansi;
        raw = raw == null ? text : raw;
    }

    public boolean json() {
        return columns != null;
    }
}
