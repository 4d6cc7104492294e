package dev.clio.console.common.logs;

import java.time.ZoneId;

/**
 * How lines are drawn; changing any of these redraws the shown lines but keeps the filter.
 *
 * @param timestamps prefix each line with its time ({@code HH:mm:ss.SSS})
 * @param columns show JSON lines as columns (time, level, event, workflow, message); plain lines stay as they are
 * @param ansi render ANSI colours; off strips them (they are never shown raw either way)
 * @param maxChars longer lines are cut for display; the full line stays available
 * @param sources prefix each line with the name of its source (merged views)
 */
public record RenderOptions(boolean timestamps, boolean columns, boolean ansi, int maxChars, ZoneId zone,
        boolean sources) {

    public static final int DEFAULT_MAX_CHARS = 2_000;

    public RenderOptions {
        if (maxChars < 80) {
            throw new IllegalArgumentException("maxChars must be at least 80, not " + maxChars);
        }
    }

    public static RenderOptions defaults(ZoneId zone) {
        return new RenderOptions(false, true, true, DEFAULT_MAX_CHARS, zone, false);
    }

    public RenderOptions withTimestamps(boolean on) {
        return new RenderOptions(on, columns, ansi, maxChars, zone, sources);
    }

    public RenderOptions withColumns(boolean on) {
        return new RenderOptions(timestamps, on, ansi, maxChars, zone, sources);
    }

    public RenderOptions withSources(boolean on) {
        return new RenderOptions(timestamps, columns, ansi, maxChars, zone, on);
    }

    public RenderOptions withAnsi(boolean on) {
        return new RenderOptions(timestamps, columns, on, maxChars, zone, sources);
    }
}
