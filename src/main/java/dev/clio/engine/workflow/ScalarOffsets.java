package dev.clio.engine.workflow;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Maps an offset inside a scalar's value back to the file: for plain and quoted scalars on one line (counting quotes
 * and escapes) and literal blocks. Anything else falls back to the start of the scalar.
 */
final class ScalarOffsets {

    private ScalarOffsets() {
    }

    static SourceRange locate(ScalarNode node, String text, int offset) {
        int line = node.getStartMark().getLine();
        int column = node.getStartMark().getColumn();
        ScalarStyle style = node.getScalarStyle();
        boolean oneLine = node.getEndMark().getLine() == line;
        String source = lineOf(text, line);
        if (oneLine && style == ScalarStyle.PLAIN) {
            return SourceRange.point(line + 1, column + offset + 1);
        }
        if (oneLine && (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED)) {
            return SourceRange.point(line + 1, quoted(source, column + 1, offset, style) + 1);
        }
        if (style == ScalarStyle.LITERAL) {
            return literal(node.getValue(), text, line, offset);
        }
        return SourceRange.point(line + 1, column + 1);
    }

    /** Source column (0-based) of value offset {@code offset}, walking escapes from {@code start}. */
    private static int quoted(String source, int start, int offset, ScalarStyle style) {
        int col = start;
        for (int consumed = 0; consumed < offset && col < source.length(); consumed++) {
            char c = source.charAt(col);
            if (style == ScalarStyle.SINGLE_QUOTED && c == '\'') {
                col += 2;
            } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\' && col + 1 < source.length()) {
                col += escapeLength(source.charAt(col + 1));
            } else {
                col++;
            }
        }
        return col;
    }

    private static int escapeLength(char kind) {
        return switch (kind) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }

    private static SourceRange literal(String value, String text, int headerLine, int offset) {
        int valueLine = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < value.length(); i++) {
            if (value.charAt(i) == '\n') {
                valueLine++;
                lineStart = i + 1;
            }
        }
        int sourceLine = headerLine + 1 + valueLine;
        String source = lineOf(text, sourceLine);
        int indent = 0;
        while (indent < source.length() && source.charAt(indent) == ' ') {
            indent++;
        }
        String firstContent = lineOf(text, headerLine + 1);
        int blockIndent = 0;
        while (blockIndent < firstContent.length() && firstContent.charAt(blockIndent) == ' ') {
            blockIndent++;
        }
        return SourceRange.point(sourceLine + 1, blockIndent + (offset - lineStart) + 1);
    }

    private static String lineOf(String text, int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
