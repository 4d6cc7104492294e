package dev.clio.cli;

import java.time.Duration;
import java.util.Locale;

/** Formatting shared by the progress lines and the summary. */
final class ProgressText {

    private static final int MAX_ERROR = 300;

    private ProgressText() {
    }

    /** {@code 0.42s}, {@code 12.30s}, {@code 2m 05s}, {@code 1h 02m 03s}. */
    static String duration(Duration duration) {
        long millis = Math.max(0, duration == null ? 0 : duration.toMillis());
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm %02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Retry delays: {@code 500ms}, {@code 2s}, {@code 1.5s}. */
    static String delay(Duration delay) {
        long millis = Math.max(0, delay == null ? 0 : delay.toMillis());
        if (millis < 1000) {
            return millis + "ms";
        }
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }

    /** Whole seconds, for the live bar. */
    static String elapsed(long nanos) {
        return Math.max(0, nanos / 1_000_000_000L) + "s";
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** One line, at most a few hundred characters: a multi-line tool error must not flood the progress. */
    static String oneLine(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_ERROR ? flat : flat.substring(0, MAX_ERROR - 3) + "...";
    }

    static String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
