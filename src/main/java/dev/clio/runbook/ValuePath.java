package dev.clio.runbook;

import java.util.List;

/**
 * The tiny language of verdict values, parsed strictly by {@link ValuePathParser}:
 * <pre>
 *   memory_percent                      a field of the call's JSON result (snake_case)
 *   checks[0].status                    list index
 *   readings[id == 'cpu_usage'].value   the first element whose field equals the literal
 *   count(rows)                         number of elements of a list
 *   max(items[].memory_percent)         max | min | sum over a field of each element
 *   any(items[].state == 'exited')      any | all elements satisfy a comparison (a boolean)
 * </pre>
 * A list result (containers.list, say) is addressed as {@code items}; the rows of a table result (db.*) are read by
 * column name ({@code max(rows[].mean_ms)}), numeric text as numbers.
 *
 * @param function null for a plain path
 * @param path the list (for functions) or the value (plain)
 * @param field the per-element field after {@code []}, empty for count and plain paths
 * @param op the per-element comparison of any/all, else null
 * @param literal its right side (a Double, String or Boolean), else null
 * @param text the expression as written
 */
public record ValuePath(Function function, List<Segment> path, List<Segment> field, VerdictRule.Op op, Object literal,
        String text) {

    public ValuePath {
        path = List.copyOf(path);
        field = List.copyOf(field);
    }

    /** Whether the expression yields a boolean (so a rule may omit op and than). */
    public boolean isBoolean() {
        return function == Function.ANY || function == Function.ALL;
    }

    /** The last field name the value comes from; units are derived from it ({@code _percent} is %). */
    public String leafName() {
        List<Segment> from = field.isEmpty() ? path : field;
        for (int i = from.size() - 1; i >= 0; i--) {
            if (from.get(i).name() != null) {
                return function == Function.COUNT ? "" : from.get(i).name();
            }
        }
        return "";
    }

    public enum Function {
        COUNT, MAX, MIN, SUM, ANY, ALL;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A field name, a list index, or a selector {@code [field == literal]} that picks the first element of a list
     * whose field equals the literal ({@code readings[id == 'token_efficiency'].value}); exactly one is set.
     *
     * @param whereValue the selector's literal (a Double, String or Boolean) when {@code whereField} is set
     */
    public record Segment(String name, Integer index, String whereField, Object whereValue) {
        static Segment field(String name) {
            return new Segment(name, null, null, null);
        }

        static Segment at(int index) {
            return new Segment(null, index, null, null);
        }

        static Segment where(String field, Object value) {
            return new Segment(null, null, field, value);
        }

        public boolean isSelector() {
            return whereField != null;
        }
    }

    /** A syntax error at a 0-based offset into the expression. */
    public static final class ParseException extends Exception {
        private final int offset;

        ParseException(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }
}
