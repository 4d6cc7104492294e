package dev.clio.console.common.logs;

/** A style class over the characters {@code [start, end)} of a line's text. */
public record StyleRun(int start, int end, String styleClass) {

    public StyleRun {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad run " + start + ".." + end);
        }
    }
}
