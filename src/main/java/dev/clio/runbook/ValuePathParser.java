package dev.clio.runbook;

import dev.clio.runbook.ValuePath.Function;
import dev.clio.runbook.ValuePath.ParseException;
import dev.clio.runbook.ValuePath.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A recursive-descent parser of {@link ValuePath}; anything it does not know is an error at its offset. */
final class ValuePathParser {

    private static final int MAX_LENGTH = 200;

    private final String text;
    private int pos;

    private ValuePathParser(String text) {
        this.text = text;
    }

    static ValuePath parse(String text) throws ParseException {
        if (text.length() > MAX_LENGTH) {
            throw new ParseException(MAX_LENGTH, "the value path is longer than " + MAX_LENGTH + " characters");
        }
        return new ValuePathParser(text).expression();
    }

    private ValuePath expression() throws ParseException {
        skipSpaces();
        int start = pos;
        String word = name();
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '(') {
            Function f = function(word, start);
            pos++;
            ValuePath inner = functionBody(f);
            expectEnd();
            return inner;
        }
        pos = start;
        List<Segment> path = path(false);
        expectEnd();
        return new ValuePath(null, path, List.of(), null, null, text);
    }

    private ValuePath functionBody(Function f) throws ParseException {
        skipSpaces();
        List<Segment> list = path(f != Function.COUNT);
        List<Segment> field = List.of();
        VerdictRule.Op op = null;
        Object literal = null;
        if (f != Function.COUNT) {
            if (!text.startsWith("[]", pos)) {
                throw new ParseException(pos, f.label() + "(...) needs a list and a field, e.g. "
                        + f.label() + "(items[].memory_percent" + (f == Function.ANY || f == Function.ALL
                                ? " > 90)" : ")"));
            }
            pos += 2;
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
            }
            field = path(false);
            skipSpaces();
            if (f == Function.ANY || f == Function.ALL) {
                op = operator();
                skipSpaces();
                literal = literal();
            }
        }
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != ')') {
            throw new ParseException(pos, "expected ')' to close " + f.label() + "(");
        }
        pos++;
        return new ValuePath(f, list, field, op, literal, text);
    }

    /** name ('.' name | '[' digits ']')*; with {@code stopAtEmptyBrackets} a trailing "[]" is left for the caller. */
    private List<Segment> path(boolean stopAtEmptyBrackets) throws ParseException {
        List<Segment> out = new ArrayList<>();
        out.add(Segment.field(name()));
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.') {
                pos++;
                out.add(Segment.field(name()));
            } else if (c == '[') {
                if (text.startsWith("[]", pos)) {
                    if (stopAtEmptyBrackets) {
                        return out;
                    }
                    throw new ParseException(pos, "'[]' is only allowed inside max/min/sum/any/all(...)");
                }
                pos++;
                if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    out.add(selector());
                    continue;
                }
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 6) {
                    pos++;
                }
                if (start == pos || pos >= text.length() || text.charAt(pos) != ']') {
                    throw new ParseException(start, "expected a list index such as [0]");
                }
                out.add(Segment.at(Integer.parseInt(text.substring(start, pos))));
                pos++;
            } else {
                return out;
            }
        }
        return out;
    }

    /** After '[': {@code field == literal]}, the element whose field equals the literal. */
    private Segment selector() throws ParseException {
        int open = pos;
        String field = name();
        skipSpaces();
        if (!text.startsWith("==", pos)) {
            throw new ParseException(open, "expected a list index such as [0], or a selector such as "
                    + "[id == 'cpu_usage']");
        }
        pos += 2;
        skipSpaces();
        int start = pos;
        Object value;
        if (pos < text.length() && text.charAt(pos) == '\'') {
            value = literal();
        } else {
            while (pos < text.length() && text.charAt(pos) != ']' && text.charAt(pos) != ' ') {
                pos++;
            }
            value = word(text.substring(start, pos), start);
        }
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != ']') {
            throw new ParseException(pos, "expected ']' to close the selector");
        }
        pos++;
        return Segment.where(field, value);
    }

    private String name() throws ParseException {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new ParseException(start, pos < text.length()
                    ? "unexpected '" + text.charAt(pos) + "'; expected a field name such as memory_percent"
                    : "expected a field name such as memory_percent");
        }
        String name = text.substring(start, pos);
        if (Character.isDigit(name.charAt(0))) {
            throw new ParseException(start, "a field name cannot start with a digit: '" + name + "'");
        }
        return name;
    }

    private Function function(String word, int at) throws ParseException {
        for (Function f : Function.values()) {
            if (f.label().equals(word)) {
                return f;
            }
        }
        throw new ParseException(at, "unknown function '" + word + "'; use count, max, min, sum, any or all");
    }

    private VerdictRule.Op operator() throws ParseException {
        for (String symbol : List.of(">=", "<=", "==", "!=", ">", "<")) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return VerdictRule.Op.of(symbol);
            }
        }
        throw new ParseException(pos, "expected a comparison (>, >=, <, <=, ==, !=) after the field");
    }

    private Object literal() throws ParseException {
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '\'') {
            int end = text.indexOf('\'', pos + 1);
            if (end < 0) {
                throw new ParseException(start, "unterminated string; close it with '");
            }
            pos = end + 1;
            return text.substring(start + 1, end);
        }
        while (pos < text.length() && text.charAt(pos) != ')' && text.charAt(pos) != ' ') {
            pos++;
        }
        return word(text.substring(start, pos), start);
    }

    private static Object word(String word, int start) throws ParseException {
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        try {
            return Double.valueOf(word);
        } catch (NumberFormatException e) {
            throw new ParseException(start, "expected a number, true, false or a 'quoted string', found '" + word
                    + "'");
        }
    }

    private void expectEnd() throws ParseException {
        skipSpaces();
        if (pos < text.length()) {
            throw new ParseException(pos, "unexpected '" + text.substring(pos).toLowerCase(Locale.ROOT).charAt(0)
                    + "' after the value path");
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
