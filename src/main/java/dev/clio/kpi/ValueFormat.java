package dev.clio.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** The human forms of KPI values and durations used in reasons: {@code 620 ms}, {@code 6.1%}, {@code 4 min}. */
public final class ValueFormat {

    private ValueFormat() {
    }

    /** At most two decimals, no trailing zeros: {@code 5}, {@code 0.5}, {@code 99.95}. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A value with its unit; a percentage sticks to its number, other units get a space. */
    public static String value(double v, String unit) {
        if (unit == null || unit.isBlank()) {
            return number(v);
        }
        return unit.startsWith("%") ? number(v) + unit : number(v) + " " + unit;
    }

    /** {@code 45 s}, {@code 4 min}, {@code 2 h 5 min}, {@code 3 d 4 h}; whole units, rounded down. */
    public static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min";
        }
        if (s < 86_400) {
            long m = (s % 3600) / 60;
            return s / 3600 + " h" + (m == 0 ? "" : " " + m + " min");
        }
        long h = (s % 86_400) / 3600;
        return s / 86_400 + " d" + (h == 0 ? "" : " " + h + " h");
    }
}
