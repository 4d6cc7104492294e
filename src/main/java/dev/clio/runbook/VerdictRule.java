package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "When the measured value compares so with a threshold, the verdict is ...".
 *
 * @param value the parsed value path into the call's JSON result
 * @param op the comparison; null for a boolean path ({@code any(...)}, {@code all(...)}) meaning "is true"
 * @param than the threshold (number, text or boolean), or null with a null op
 */
public record VerdictRule(ValuePath value, Op op, JsonNode than, Outcome outcome) {

    /** What a matching rule (or {@code otherwise}) concludes; {@code say} may use {value} and {than}. */
    public record Outcome(Verdict status, String say, String next) {
    }

    public enum Verdict {
        PASS, WARN, FAIL, NONE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Op {
        GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!="), CONTAINS("contains"), MATCHES("matches");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Op of(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("unknown comparison " + symbol);
        }

        public boolean numeric() {
            return this == GT || this == GE || this == LT || this == LE;
        }
    }
}
