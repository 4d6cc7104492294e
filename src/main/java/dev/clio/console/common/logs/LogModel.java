package dev.clio.console.common.logs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pane's state without any UI: the bounded buffer, the filter and render options, and the lines currently shown,
 * in order. Every change returns a {@link Delta}; lines are drawn only when the view asks for them. Not
 * thread-safe: the UI thread owns it; sources hand lines over through a {@link LineQueue}.
 */
public final class LogModel {

    /**
     * What changed in the shown lines: the first {@code removed} went (dropped from the buffer), {@code added} new
     * ones follow the rest; or, when {@code reset}, all of them are new (filter or display change). The view draws
     * the lines it needs with {@link #render(int)}.
     */
    public record Delta(int removed, int added, boolean reset) {

        public boolean empty() {
            return !reset && removed == 0 && added == 0;
        }
    }

    /** A line found by {@link #find}: its index among the shown lines and the match's range in its drawn text. */
    public record Found(int line, int start, int end) {
    }

    private record Shown(long seq, LogLine line) {
    }

    private final LineBuffer buffer;
    private final Ring<Shown> shown;
    private LineFilter.Compiled filter = LineFilter.NONE.compile();
    private RenderOptions options;
    private LineRenderer renderer;

    public LogModel(int capacity, RenderOptions options) {
        this.buffer = new LineBuffer(capacity);
        this.shown = new Ring<>(capacity);
        this.options = Objects.requireNonNull(options);
        this.renderer = new LineRenderer(options, filter);
    }

    public Delta append(List<LogLine> batch) {
        long base = buffer.firstSeq() + buffer.size();
        buffer.append(batch);
        long first = buffer.firstSeq();
        int removed = 0;
        while (removed < shown.size() && shown.get(removed).seq() < first) {
            removed++;
        }
        shown.removeFirst(removed);
        int added = 0;
        for (int i = (int) Math.max(0, first - base); i < batch.size(); i++) {
            LogLine line = batch.get(i);
            if (filter.shows(line.text())) {
                shown.addLast(new Shown(base + i, line));
                added++;
            }
        }
        return new Delta(removed, added, false);
    }

    /**
     * Applies a new filter and redraws the shown lines.
     *
     * @throws IllegalArgumentException with a sentence for the user when the regular expression is invalid; the
     *     previous filter stays in force
     */
    public Delta filter(LineFilter next) {
        this.filter = next.compile();
        return redraw();
    }

    public Delta options(RenderOptions next) {
        this.options = Objects.requireNonNull(next);
        return redraw();
    }

    public Delta clear() {
        buffer.clear();
        shown.clear();
        return new Delta(0, 0, true);
    }

    private Delta redraw() {
        renderer = new LineRenderer(options, filter);
        shown.clear();
        for (int i = 0; i < buffer.size(); i++) {
            LogLine line = buffer.get(i);
            if (filter.shows(line.text())) {
                shown.addLast(new Shown(buffer.seq(i), line));
            }
        }
        return new Delta(0, shown.size(), true);
    }

    public LineFilter filter() {
        return filter.filter();
    }

    public RenderOptions options() {
        return options;
    }

    public int buffered() {
        return buffer.size();
    }

    public int capacity() {
        return buffer.capacity();
    }

    public int shownCount() {
        return shown.size();
    }

    /** Shown line {@code index} as the view draws it. */
    public RenderedLine render(int index) {
        return renderer.render(shown.get(index).line());
    }

    /** Shown line {@code index} (its full text and raw form). */
    public LogLine shownLine(int index) {
        return shown.get(index).line();
    }

    /** The full texts of the shown lines, in order: what export writes. */
    public List<String> shownTexts() {
        List<String> texts = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            texts.add(shown.get(i).line().text());
        }
        return texts;
    }

    /**
     * The next (or previous) shown line after (before) line {@code from} whose displayed text contains
     * {@code query} (plain, case-insensitive), wrapping around; null when no shown line contains it.
     */
    public Found find(String query, int from, boolean forward) {
        if (query == null || query.isEmpty() || shown.size() == 0) {
            return null;
        }
        LineFilter.Compiled find = new LineFilter(query, false, false, false, false).compile();
        int n = shown.size();
        for (int step = 1; step <= n; step++) {
            int i = Math.floorMod(from + (forward ? step : -step), n);
            String text = renderer.render(shown.get(i).line()).text();
            List<int[]> ranges = find.ranges(text);
            if (!ranges.isEmpty()) {
                return new Found(i, ranges.get(0)[0], ranges.get(0)[1]);
            }
        }
        return null;
    }

    /** Writes exactly the shown lines to {@code file}, atomically; returns how many. */
    public int export(Path file) {
        List<String> texts = shownTexts();
        LogExport.write(file, texts);
        return texts.size();
    }
}
