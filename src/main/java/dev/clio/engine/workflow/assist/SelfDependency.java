package dev.clio.engine.workflow.assist;

import java.util.Optional;

/** Removing one item from a {@code depends_on} list, block ({@code - "1.001"} line) or flow ({@code [a, b]}). */
final class SelfDependency {

    private SelfDependency() {
    }

    static Optional<QuickFix> removal(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String before = text.substring(lineStart, start).strip();
        String after = YamlLine.stripComment(text.substring(end, lineEnd)).strip();
        String title = "Remove " + text.substring(start, end) + " from depends_on";
        if (before.equals("-") && after.isEmpty()) {
            int to = lineEnd < text.length() ? lineEnd + 1 : lineEnd;
            return Optional.of(new QuickFix(title, new TextEdit(lineStart, to, "")));
        }
        int s = start;
        int e = end;
        int next = skipSpaces(text, e, lineEnd);
        if (next < lineEnd && text.charAt(next) == ',') {
            e = skipSpaces(text, next + 1, lineEnd);
        } else {
            int prev = s;
            while (prev > lineStart && text.charAt(prev - 1) == ' ') {
                prev--;
            }
            if (prev > lineStart && text.charAt(prev - 1) == ',') {
                s = prev - 1;
            } else if (!(prev > lineStart && text.charAt(prev - 1) == '[')) {
                return Optional.empty();
            }
        }
        return Optional.of(new QuickFix(title, new TextEdit(s, e, "")));
    }

    private static int skipSpaces(String text, int from, int limit) {
        int i = from;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
