package dev.clio.ops;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the short durations the runbook uses ({@code 30s}, {@code 10m}, {@code 1h}, {@code 24h}, {@code 7d}),
 * strictly: one positive whole number and one unit, nothing else.
 */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,6})([smhd])");
    private static final Duration MAX = Duration.ofDays(366);

    private Durations() {
    }

    /**
     * @param name the parameter name, used in the error message
     * @throws OpsException INVALID_REQUEST naming the parameter when the value is not a duration
     */
    public static Duration parse(String name, String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw OpsException.invalid(name + ": '" + printable(value)
                    + "' is not a duration; use a number and a unit s, m, h or d, e.g. 10m, 1h, 24h, 7d");
        }
        long amount = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (d.compareTo(MAX) > 0) {
            throw OpsException.invalid(name + ": '" + value + "' is longer than the maximum of 366d");
        }
        return d;
    }

    /** The short form of a duration, the inverse of {@link #parse} for whole units. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    private static String printable(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
