package dev.clio.console.common.logpane;

import dev.clio.console.common.logs.LogModel;

/**
 * Which of the shown lines are in view: {@code rows} lines from {@code top}. Following keeps the newest line at the
 * bottom; paused keeps the same lines in view as new ones arrive and old ones are dropped.
 */
final class LogWindow {

    /** A line of the 12 px monospace font with its leading; refined by nothing, since the font is fixed in CSS. */
    static final double LINE_HEIGHT = 16.0;
    private int top;
    private int rows = 40;

    int top() {
        return top;
    }

    int rows() {
        return rows;
    }

    /** Sets the rows that fit in {@code pixels}; true when that changed. */
    boolean height(double pixels) {
        int before = rows;
        rows = Math.max(1, (int) Math.ceil(pixels / LINE_HEIGHT));
        return rows != before;
    }

    /** Follows a model change; true when the lines in view changed. */
    boolean apply(LogModel.Delta delta, int shown, boolean following) {
        if (delta.reset()) {
            top = following ? Math.max(0, shown - rows) : Math.min(top, Math.max(0, shown - rows));
            return true;
        }
        if (following) {
            return delta.added() > 0 || delta.removed() > 0;
        }
        int before = top;
        top = Math.max(0, top - delta.removed());
        boolean lostLinesInView = delta.removed() > before;
        boolean windowWasShort = shown - delta.added() < top + rows;
        return lostLinesInView || windowWasShort && delta.added() > 0;
    }

    void settle(int shown, boolean following) {
        int last = Math.max(0, shown - rows);
        top = following ? last : Math.max(0, Math.min(top, last));
    }

    void moveTo(int line, int shown) {
        top = Math.max(0, Math.min(line, Math.max(0, shown - rows)));
    }

    void center(int line, int shown) {
        moveTo(line - rows / 2, shown);
    }
}
