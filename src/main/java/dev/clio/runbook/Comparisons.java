package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The comparisons of verdict rules; a missing or null value, or one of the wrong kind, never matches. */
final class Comparisons {

    private Comparisons() {
    }

    static boolean matches(JsonNode value, VerdictRule.Op op, JsonNode than) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (op == null) {
            return value.isBoolean() && value.booleanValue();
        }
        return switch (op) {
            case GT, GE, LT, LE -> value.isNumber() && than.isNumber() && numeric(op, value.asDouble(),
                    than.asDouble());
            case EQ -> equal(value, than);
            case NE -> !equal(value, than);
            case CONTAINS -> contains(value, than);
            case MATCHES -> value.isValueNode() && regex(than.asText(), value.asText());
        };
    }

    private static boolean numeric(VerdictRule.Op op, double v, double t) {
        return switch (op) {
            case GT -> v > t;
            case GE -> v >= t;
            case LT -> v < t;
            default -> v <= t;
        };
    }

    private static boolean equal(JsonNode v, JsonNode t) {
        if (v.isNumber() && t.isNumber()) {
            return Double.compare(v.asDouble(), t.asDouble()) == 0;
        }
        if (v.isBoolean() || t.isBoolean()) {
            return v.isBoolean() && t.isBoolean() && v.booleanValue() == t.booleanValue();
        }
        return v.isValueNode() && v.asText().equals(t.asText());
    }

    private static boolean contains(JsonNode v, JsonNode t) {
        if (v.isArray()) {
            for (JsonNode e : v) {
                if (equal(e, t)) {
                    return true;
                }
            }
            return false;
        }
        return v.isValueNode() && v.asText().contains(t.asText());
    }

    private static boolean regex(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
