package dev.clio.engine.workflow.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of block-style YAML read the way an editor needs while the text is still being typed (and may not parse):
 * the list dashes that open items, then an optional {@code key:} and its inline value, or a plain item value.
 *
 * @param dashes the columns (0-based) of the {@code - } markers
 * @param key the mapping key, or null
 * @param keyColumn where the key (or the plain content) starts
 * @param value the inline value after {@code key:} (or the plain content), with any trailing comment removed
 * @param valueColumn where that value starts
 */
record YamlLine(int indent, List<Integer> dashes, String key, int keyColumn, String value, int valueColumn) {

    private static final Pattern KEY = Pattern.compile(
            "(?:\"([^\"]*)\"|'([^']*)'|([^\\s#:\\[\\]{},\"'][^:#]*?))[ \\t]*:(?=\\s|$)");

    static YamlLine parse(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        int pos = indent;
        List<Integer> dashes = new ArrayList<>();
        while (pos < line.length() && line.charAt(pos) == '-'
                && (pos + 1 == line.length() || line.charAt(pos + 1) == ' ')) {
            dashes.add(pos);
            pos++;
            while (pos < line.length() && line.charAt(pos) == ' ') {
                pos++;
            }
        }
        if (pos >= line.length() || line.charAt(pos) == '#') {
            return new YamlLine(indent, dashes, null, pos, "", pos);
        }
        Matcher m = KEY.matcher(line).region(pos, line.length());
        if (m.lookingAt()) {
            String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3).strip();
            int valueColumn = m.end();
            while (valueColumn < line.length() && line.charAt(valueColumn) == ' ') {
                valueColumn++;
            }
            return new YamlLine(indent, dashes, key, pos, stripComment(line.substring(valueColumn)), valueColumn);
        }
        return new YamlLine(indent, dashes, null, pos, stripComment(line.substring(pos)), pos);
    }

    /** True for a line without content (blank or only a comment). */
    boolean empty() {
        return dashes.isEmpty() && key == null && value.isEmpty();
    }

    boolean opensBlockScalar() {
        return key != null && (value.startsWith("|") || value.startsWith(">"));
    }

    /** A comment starts at {@code #} after a space, outside quotes. */
    static String stripComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                return s.substring(0, i).stripTrailing();
            }
        }
        return s.stripTrailing();
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
