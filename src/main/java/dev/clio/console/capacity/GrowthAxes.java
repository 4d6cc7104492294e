package dev.clio.console.capacity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * The growth charts' axes: days as an index labelled with the date (weekly ticks, today last), and counts in whole
 * round steps from 0.
 */
final class GrowthAxes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private GrowthAxes() {
    }

    /** An x axis whose tick at index i reads the date of {@code days.get().get(i)}. */
    static NumberAxis days(Supplier<List<LocalDate>> days) {
        NumberAxis x = new NumberAxis(0, GrowthCharts.DAYS - 1, 7);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setAnimated(false);
        x.setTickLabelFormatter(converter(n -> {
            List<LocalDate> d = days.get();
            int i = (int) Math.round(n.doubleValue());
            int last = d.size() - 1;
            // the axis always adds a tick at its upper bound (today); the weekly tick just before it would collide
            boolean crowded = i != last && last - i < 4;
            return i >= 0 && i <= last && !crowded && Math.abs(n.doubleValue() - i) < 0.01 ? DAY.format(d.get(i))
                    : "";
        }));
        return x;
    }

    /** Weekly ticks over {@code count} days (at least two, so the axis has a width). */
    static void fitDays(NumberAxis x, int count) {
        int last = Math.max(1, count - 1);
        x.setUpperBound(last);
        x.setTickUnit(Math.max(1, last / 4));
    }

    /** A y axis of counts from 0; {@code compact} writes 12.4k for big numbers (tokens). */
    static NumberAxis values(String label, boolean compact) {
        NumberAxis y = new NumberAxis(0, 4, 1);
        y.setAutoRanging(false);
        y.setLabel(label);
        y.setMinorTickVisible(false);
        y.setAnimated(false);
        y.setTickLabelFormatter(converter(n -> {
            long v = Math.round(n.doubleValue());
            return compact ? compact(v) : Long.toString(v);
        }));
        return y;
    }

    /**
     * Whole-number ticks from 0 to a round bound above the largest value. Auto-ranging would put ticks at 0.2 users,
     * and an all-zero series would get the single tick "0", which looks broken rather than "nothing happened".
     */
    static void fitValues(NumberAxis y, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        long step = step(Math.max(max, 4));
        y.setLowerBound(0);
        y.setTickUnit(step);
        y.setUpperBound(Math.max(4, (max / step + 1) * step));
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that divides {@code max} into at most 5 steps. */
    static long step(long max) {
        for (long magnitude = 1; ; magnitude *= 10) {
            for (long f : new long[] {1, 2, 5}) {
                if (max / (f * magnitude) < 5 || f * magnitude > Long.MAX_VALUE / 100) {
                    return f * magnitude;
                }
            }
        }
    }

    /** {@code 950}, {@code 12.4k}, {@code 3.1M}. */
    static String compact(long v) {
        if (Math.abs(v) < 1_000) {
            return Long.toString(v);
        }
        if (Math.abs(v) < 1_000_000) {
            return trim(v / 1_000.0) + "k";
        }
        return trim(v / 1_000_000.0) + "M";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static StringConverter<Number> converter(Function<Number, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return text.apply(n);
            }

            @Override
            public Number fromString(String s) {
                return 0; // labels are only drawn, never typed in
            }
        };
    }
}
