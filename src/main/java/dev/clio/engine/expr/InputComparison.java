package dev.clio.engine.expr;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Compares an input value with a literal. Inputs often arrive from the command line as strings, so the string
 * {@code "true"} equals {@code true} and {@code "3"} equals {@code 3}; a missing input equals {@code null}.
 */
final class InputComparison {

    private InputComparison() {
    }

    static boolean compare(Object value, String operator, Object literal) {
        return switch (operator) {
            case "==" -> equalsValue(value, literal);
            case "!=" -> !equalsValue(value, literal);
            default -> ordered(value, operator, literal);
        };
    }

    static boolean equalsValue(Object value, Object literal) {
        if (literal == null || value == null) {
            return literal == null && value == null;
        }
        if (literal instanceof Boolean b) {
            return b.equals(asBoolean(value));
        }
        if (literal instanceof BigDecimal n) {
            BigDecimal v = asNumber(value);
            return v != null && v.compareTo(n) == 0;
        }
        return String.valueOf(value).equals(literal);
    }

    private static boolean ordered(Object value, String operator, Object literal) {
        if (value == null || literal == null) {
            return false;
        }
        int cmp;
        BigDecimal left = asNumber(value);
        if (literal instanceof BigDecimal right && left != null) {
            cmp = left.compareTo(right);
        } else if (literal instanceof String s) {
            cmp = String.valueOf(value).compareTo(s);
        } else {
            return false;
        }
        return switch (operator) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    private static Boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    static BigDecimal asNumber(Object value) {
        if (value instanceof Boolean) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
