package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * YAML token classes for the editor, line by line: keys, quoted strings, numbers, literals ({@code true}, {@code null}),
 * comments, punctuation and {@code {{ templates }}}. A lexer, not a parser: it must be fast on 2,000 lines and never
 * fail on half-typed text; the validator is what judges the document. Thread-safe (no state).
 */
final class YamlHighlighter {

    private static final List<String> NONE = List.of();

    private YamlHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text) {
        Spans out = new Spans();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            line(text, lineStart, lineEnd, out);
            if (end < 0) {
                break;
            }
            out.add(NONE, 1);
            lineStart = end + 1;
        }
        return out.build();
    }

    private static void line(String text, int from, int to, Spans out) {
        int i = from;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        out.add(NONE, i - from);
        while (i + 1 < to && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
            out.add(List.of(Styles.YAML_PUNCT), 1);
            out.add(NONE, 1);
            i += 2;
        }
        int key = keyEnd(text, i, to);
        if (key > i) {
            out.add(List.of(Styles.YAML_KEY), key - i);
            out.add(List.of(Styles.YAML_PUNCT), 1);
            i = key + 1;
        }
        value(text, i, to, out);
    }

    /** The end of a plain {@code key:} at {@code from} (the colon's offset), or {@code from} when there is none. */
    private static int keyEnd(String text, int from, int to) {
        if (from >= to || "#'\"{[|>&*!%@`".indexOf(text.charAt(from)) >= 0) {
            return from;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == to || text.charAt(i + 1) == ' ')) {
                return i;
            }
            if (c == '#' && i > from && text.charAt(i - 1) == ' ') {
                return from;
            }
        }
        return from;
    }

    private static void value(String text, int from, int to, Spans out) {
        int i = from;
        int plain = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '#' && (i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                scalar(text, plain, i, out);
                out.add(List.of(Styles.YAML_COMMENT), to - i);
                return;
            }
            if ((c == '"' || c == '\'') && (i == plain || text.charAt(i - 1) == ' ' || "[{,".indexOf(text.charAt(i - 1)) >= 0)) {
                scalar(text, plain, i, out);
                int close = closing(text, i, to, c);
                out.add(List.of(Styles.YAML_STRING), close - i);
                i = close;
                plain = i;
                continue;
            }
            if (c == '{' && i + 1 < to && text.charAt(i + 1) == '{') {
                int close = text.indexOf("}}", i + 2);
                int stop = close < 0 || close + 2 > to ? to : close + 2;
                scalar(text, plain, i, out);
                out.add(List.of(Styles.YAML_TEMPLATE), stop - i);
                i = stop;
                plain = i;
                continue;
            }
            i++;
        }
        scalar(text, plain, to, out);
    }

    private static int closing(String text, int open, int to, char quote) {
        for (int i = open + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return to;
    }

    /** A plain run: numbers and literals when it is the whole value, else plain text. */
    private static void scalar(String text, int from, int to, Spans out) {
        if (to <= from) {
            return;
        }
        String word = text.substring(from, to).strip();
        String style = word.isEmpty() ? null : literal(word) ? Styles.YAML_LITERAL
                : number(word) ? Styles.YAML_NUMBER : null;
        if (style == null) {
            out.add(NONE, to - from);
            return;
        }
        int lead = text.substring(from, to).indexOf(word);
        out.add(NONE, lead);
        out.add(List.of(style), word.length());
        out.add(NONE, to - from - lead - word.length());
    }

    private static boolean literal(String word) {
        return switch (word) {
            case "true", "false", "null", "~", "yes", "no", "True", "False", "Null", "|", ">", "|-", ">-" -> true;
            default -> false;
        };
    }

    private static boolean number(String word) {
        int i = word.charAt(0) == '-' || word.charAt(0) == '+' ? 1 : 0;
        if (i >= word.length()) {
            return false;
        }
        boolean digit = false;
        for (; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '.' && c != '_' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    /** A builder that drops empty spans and merges neighbours of the same class (fewer spans, cheaper apply). */
    private static final class Spans {
        private final StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        private Collection<String> pending = NONE;
        private int pendingLength;
        private boolean any;

        void add(Collection<String> style, int length) {
            if (length <= 0) {
                return;
            }
            if (style.equals(pending)) {
                pendingLength += length;
                return;
            }
            flush();
            pending = style;
            pendingLength = length;
        }

        private void flush() {
            if (pendingLength > 0) {
                builder.add(pending, pendingLength);
                any = true;
            }
        }

        StyleSpans<Collection<String>> build() {
            flush();
            if (!any) {
                builder.add(NONE, 0);
            }
            return builder.create();
        }
    }
}
