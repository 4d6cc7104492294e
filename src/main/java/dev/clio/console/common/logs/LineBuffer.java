package dev.clio.console.common.logs;

import java.util.List;

/**
 * The lines a pane holds, oldest first, at most {@code capacity}. Appending past capacity drops the oldest lines in
 * one step and says how many, so the view can delete them in one change. Each line has a sequence number that never
 * repeats, which lets the view's shown lines refer to buffered ones. Not thread-safe: the UI thread owns it.
 */
public final class LineBuffer {

    public static final int DEFAULT_CAPACITY = 100_000;

    private final Ring<LogLine> lines;
    private long appended;

    public LineBuffer(int capacity) {
        this.lines = new Ring<>(capacity);
    }

    /** Adds the lines (keeping only the newest {@code capacity} of a huge batch) and returns how many were dropped. */
    public int append(List<LogLine> batch) {
        int capacity = lines.capacity();
        int skip = Math.max(0, batch.size() - capacity);
        int incoming = batch.size() - skip;
        int drop = Math.max(0, lines.size() + incoming - capacity);
        lines.removeFirst(drop);
        for (int i = skip; i < batch.size(); i++) {
            lines.addLast(batch.get(i));
        }
        appended += batch.size();
        return drop + skip;
    }

    public int size() {
        return lines.size();
    }

    public int capacity() {
        return lines.capacity();
    }

    public LogLine get(int index) {
        return lines.get(index);
    }

    /** The sequence number of the line at {@code index}. */
    public long seq(int index) {
        return appended - lines.size() + index;
    }

    /** The sequence number of the oldest line still held. */
    public long firstSeq() {
        return appended - lines.size();
    }

    public void clear() {
        lines.clear();
    }
}
