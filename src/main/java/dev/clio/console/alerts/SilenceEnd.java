package dev.clio.console.alerts;

import dev.clio.ops.Durations;
import dev.clio.ops.OpsException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When a silence ends, as typed in the silence dialog: a duration ({@code 2h}, {@code 30m}, {@code 1d}) or a local
 * time ({@code 2026-12-03 18:00}, or {@code 18:00} for the next time it is that o'clock).
 */
final class SilenceEnd {

    static final String HINT = "a duration such as 2h, 30m or 1d, or a local time such as 2026-12-03 18:00 or 18:00";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SilenceEnd() {
    }

    /** @throws IllegalArgumentException with a sentence when it is neither, or not in the future */
    static Instant parse(String text, Instant now, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Say when the silence ends: " + HINT + ".");
        }
        if (t.matches("[0-9]+[smhdSMHD]")) {
            try {
                Duration d = Durations.parse("silence", t);
                return now.plus(d);
            } catch (OpsException e) {
                throw new IllegalArgumentException("The silence cannot last '" + t + "': " + HINT + ".");
            }
        }
        Instant end;
        try {
            if (t.length() <= 5) {
                LocalTime time = LocalTime.parse(t, TIME);
                LocalDateTime today = LocalDate.ofInstant(now, zone).atTime(time);
                Instant at = today.atZone(zone).toInstant();
                end = at.isAfter(now) ? at : today.plusDays(1).atZone(zone).toInstant();
            } else {
                end = LocalDateTime.parse(t, DATE_TIME).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not " + HINT + ".");
        }
        if (!end.isAfter(now)) {
            throw new IllegalArgumentException("The silence would end at " + t + ", which has passed; choose a later "
                    + "time.");
        }
        return end;
    }
}
