package dev.clio.engine.workflow.assist;

import dev.clio.engine.workflow.Diagnostic;
import java.util.Optional;

/** 1-based line and column (the validator's) to offsets in the text. */
public final class Offsets {

    private Offsets() {
    }

    /** The offset of 1-based {@code line}, {@code column}, or -1 when the text has no such place. */
    public static int offset(String text, int line, int column) {
        int lineStart = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                return -1;
            }
            lineStart = nl + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int at = lineStart + column - 1;
        return column >= 1 && at <= lineEnd ? at : -1;
    }

    /** The 1-based line of an offset. */
    public static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static Optional<int[]> range(String text, Diagnostic d) {
        int start = offset(text, d.line(), d.column());
        int end = offset(text, d.endLine(), d.endColumn());
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        return Optional.of(new int[] {start, end});
    }
}
