package dev.clio.console.common.logs;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Draws a {@link LogLine} as text plus style segments: level colour, ANSI runs, timestamp, matches, truncation. */
public final class LineRenderer {

    public static final String TIME = "ops-log-time";
    public static final String MATCH = "ops-log-match";
    public static final String MARK = "ops-log-mark";
    public static final String CUT = "ops-log-cut";
    public static final String SOURCE = "ops-log-source";
    private static final Map<LogLevel, List<String>> LEVEL = new EnumMap<>(LogLevel.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    static {
        for (LogLevel level : LogLevel.values()) {
            LEVEL.put(level, List.of(levelClass(level)));
        }
    }

    private final RenderOptions options;
    private final LineFilter.Compiled filter;
    private final DateTimeFormatter clock;

    public LineRenderer(RenderOptions options, LineFilter.Compiled filter) {
        this.options = options;
        this.filter = filter;
        this.clock = CLOCK.withZone(options.zone());
    }

    public static String levelClass(LogLevel level) {
        return "ops-log-" + level.name().toLowerCase(java.util.Locale.ROOT);
    }

    public RenderedLine render(LogLine line) {
        StringBuilder text = new StringBuilder();
        List<StyleRun> runs = new ArrayList<>(4);
        boolean columns = options.columns() && line.json();
        if (options.sources()) {
            text.append('[').append(line.source()).append("] ");
            runs.add(new StyleRun(0, text.length() - 1, SOURCE));
        }
        if (options.timestamps() && !columns) {
            int at = text.length();
            text.append(clock.format(line.time())).append(' ');
            runs.add(new StyleRun(at, text.length() - 1, TIME));
        }
        int bodyStart = text.length();
        String body = columns ? columns(line) : line.text();
        int shown = Math.min(body.length(), options.maxChars());
        text.append(body, 0, shown);
        if (!columns && options.ansi()) {
            for (StyleRun run : line.ansi()) {
                if (run.start() < shown) {
                    runs.add(new StyleRun(bodyStart + run.start(), bodyStart + Math.min(run.end(), shown),
                            run.styleClass()));
                }
            }
        }
        String displayedBody = text.substring(bodyStart);
        for (int[] range : filter.ranges(displayedBody)) {
            runs.add(new StyleRun(bodyStart + range[0], bodyStart + range[1], MATCH));
        }
        if (shown < body.length()) {
            int cutAt = text.length();
            text.append(" … [+").append(body.length() - shown).append(" chars]");
            runs.add(new StyleRun(cutAt, text.length(), CUT));
        }
        List<String> base = filter.marksWholeLine(line.text())
                ? List.of(levelClass(line.level()), MARK) : LEVEL.get(line.level());
        return new RenderedLine(text.toString(), segments(text.length(), base, runs));
    }

    private String columns(LogLine line) {
        JsonColumns c = line.columns();
        String time = line.time() == null ? c.time() : clock.format(line.time());
        StringBuilder b = new StringBuilder(96 + c.message().length());
        pad(b, time, 12);
        pad(b, c.level().toUpperCase(java.util.Locale.ROOT), 5);
        pad(b, c.event(), 28);
        pad(b, c.workflow(), 16);
        return b.append(c.message()).toString();
    }

    private static void pad(StringBuilder b, String value, int width) {
        b.append(value);
        for (int i = value.length(); i < width; i++) {
            b.append(' ');
        }
        b.append("  ");
    }

    /** Cuts the line at every run boundary; each piece carries the base classes plus the runs covering it. */
    private static List<RenderedLine.Segment> segments(int length, List<String> base, List<StyleRun> runs) {
        if (runs.isEmpty() || length == 0) {
            return List.of(new RenderedLine.Segment(length, base));
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (StyleRun run : runs) {
            cuts.add(Math.min(run.start(), length));
            cuts.add(Math.min(run.end(), length));
        }
        List<RenderedLine.Segment> segments = new ArrayList<>(cuts.size());
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<String> classes = new ArrayList<>(base);
            for (StyleRun run : runs) {
                if (run.start() <= from && run.end() >= to && !classes.contains(run.styleClass())) {
                    classes.add(run.styleClass());
                }
            }
            segments.add(new RenderedLine.Segment(to - from, classes.size() == base.size() ? base : classes));
            from = to;
        }
        return segments;
    }
}
