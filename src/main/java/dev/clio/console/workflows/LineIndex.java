package dev.clio.console.workflows;

import java.util.Arrays;

/** Line starts of one text, to turn the validator's 1-based line and column into offsets of the editor's text. */
final class LineIndex {

    private final int[] starts;
    private final int length;

    private LineIndex(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    static LineIndex of(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), text.length());
    }

    int lines() {
        return starts.length;
    }

    /** The offset of a 1-based line and column, clamped into the line (a column past its end is its end). */
    int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, starts.length));
        int start = starts[l - 1];
        int end = l < starts.length ? starts[l] - 1 : length;
        return Math.max(start, Math.min(start + Math.max(column, 1) - 1, end));
    }

    /** The 1-based line holding {@code offset}. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
