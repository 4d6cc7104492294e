package dev.clio.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Human forms of the values in text output: UTC times to the second, binary sizes, percentages. */
final class Formats {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Formats() {
    }

    static String time(Instant instant) {
        return instant == null ? "-" : SECOND.format(instant);
    }

    static String bytes(long bytes) {
        if (bytes < 0) {
            return "-";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** A percentage given as 0-100; negative values mean "not measured". */
    static String percent(double value) {
        return value < 0 || Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** A ratio given as 0-1, shown as a percentage. */
    static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f%%", value * 100);
    }

    static String decimal(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    static String uptime(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        if (d.toDays() > 0) {
            return String.format(Locale.ROOT, "%dd %dh %dm", d.toDays(), d.toHoursPart(), d.toMinutesPart());
        }
        return String.format(Locale.ROOT, "%dh %dm %ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
