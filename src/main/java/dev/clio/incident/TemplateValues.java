package dev.clio.incident;

import dev.clio.ops.Incidents.Incident;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The placeholder values of the communication templates, from the live incident. */
final class TemplateValues {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TemplateValues() {
    }

    static Map<String, String> of(Incident i, Instant now) {
        Map<String, String> v = new HashMap<>();
        v.put("id", i.id());
        v.put("title", i.title());
        v.put("severity", capitalized(i.severity().label()));
        v.put("start_time", UTC.format(i.startedAt()));
        v.put("impact", orPending(i.impact()));
        v.put("status", capitalized(i.status().label()));
        Instant due = i.timing().nextUpdateDue();
        v.put("next_update", due == null ? "None (resolved)" : "In " + Math.max(0,
                Duration.between(now, due).toMinutes()) + " minutes (by " + UTC.format(due) + ")");
        v.put("resolution_time", i.endedAt() == null ? "Not resolved yet" : UTC.format(i.endedAt()));
        v.put("duration", duration(Duration.between(i.startedAt(), i.endedAt() == null ? now : i.endedAt())));
        v.put("root_cause", orPending(i.rootCause()));
        v.put("resolution", orPending(i.resolution()));
        v.put("preventive_measures", orPending(i.preventiveMeasures()));
        v.put("post_mortem", i.timing().postMortemDue() != null ? "Scheduled, due "
                + LocalDate.ofInstant(i.timing().postMortemDue(), ZoneOffset.UTC) + " (" + i.id() + ".md)"
                : i.severity().needsPostMortem() ? "To be scheduled at resolution"
                : "Not required (severity " + i.severity().label() + ")");
        return v;
    }

    /** "1h 05m 12s", "4m 00s": what a reader of a status message takes in at once. */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm %02ds", s / 3600, s % 3600 / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }

    private static String capitalized(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String orPending(String text) {
        return text == null ? "To be determined" : text;
    }
}
