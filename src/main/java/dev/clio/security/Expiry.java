package dev.clio.security;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code --expires} values: {@code 90d}, {@code 12h}, {@code 30m} or {@code never}. */
public final class Expiry {

    /** Ten years: long enough for anything that should still be a key, short enough to catch typos like 99999d. */
    public static final Duration MAX = Duration.ofDays(3650);
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,7})([dhm])");

    private Expiry() {
    }

    /** The lifetime, or null for {@code never}; anything else is a one-line error saying what to type. */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return null;
        }
        Matcher m = AMOUNT.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("invalid expiry '" + text
                    + "': use a positive number followed by d, h or m (e.g. 90d, 12h, 30m), or never");
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
        if (duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("expiry '" + text + "' is longer than 3650d: use never for a key "
                    + "that must not expire");
        }
        return duration;
    }
}
