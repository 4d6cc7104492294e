package dev.clio.console.alerts;

import dev.clio.kpi.Acknowledgement;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.Silence;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The sentences of the alerts view. Countdowns keep their seconds ("7 min 12 s"), unlike the whole units of
 * {@link dev.clio.kpi.ValueFormat#duration}, because a responder watches them tick.
 */
final class AlertTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private AlertTexts() {
    }

    /** {@code 45 s}, {@code 7 min 12 s}, {@code 2 min}, {@code 1 h 5 min}, {@code 2 d 3 h}; the sign is dropped. */
    static String countdown(Duration d) {
        long s = Math.abs(d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        if (s < 86_400) {
            long m = (s % 3600) / 60;
            return s / 3600 + " h" + (m == 0 ? "" : " " + m + " min");
        }
        long h = (s % 86_400) / 3600;
        return s / 86_400 + " d" + (h == 0 ? "" : " " + h + " h");
    }

    /** A rule's {@code for}: {@code at once} for zero. */
    static String pendingFor(Duration d) {
        return d.isZero() ? "at once" : countdown(d);
    }

    static String time(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /**
     * What is left of a firing alert's response-time target: "respond within 7 min 12 s", "overdue by 2 min", or,
     * once acknowledged (the clock stops), "responded in 2 min 48 s (target 5 min)". Empty when not firing.
     *
     * @param elapsed time since the snapshot was taken, so the countdown moves between evaluations
     */
    static String response(AlertStatus a, Duration elapsed) {
        Duration left = remaining(a, elapsed);
        if (left == null) {
            return "";
        }
        if (a.acknowledgement() != null) {
            return "responded in " + countdown(a.rule().responseTarget().minus(left)) + " (target "
                    + countdown(a.rule().responseTarget()) + ")";
        }
        return left.isNegative() || left.isZero() ? "overdue by " + countdown(left)
                : "respond within " + countdown(left);
    }

    /** The remaining response time now, or null when the alert is not firing; frozen once acknowledged. */
    static Duration remaining(AlertStatus a, Duration elapsed) {
        if (a.remainingResponse() == null) {
            return null;
        }
        return a.acknowledgement() != null ? a.remainingResponse() : a.remainingResponse().minus(elapsed);
    }

    /** "acknowledged by alice at 14:02:11: on it", or empty. */
    static String acknowledgement(Acknowledgement ack) {
        if (ack == null) {
            return "";
        }
        return "acknowledged by " + ack.who() + " at " + time(ack.at()) + note(ack.note());
    }

    /** "silenced until recovered by alice", "silenced until 14:30:00 (28 min 3 s left) by alice: deploy", or empty. */
    static String silence(Silence silence, Instant now) {
        if (silence == null) {
            return "";
        }
        return "silenced " + silencedUntil(silence, now) + " by " + silence.who() + note(silence.comment());
    }

    /** "until recovered", "until 14:30:00 (28 min 3 s left)", or empty. */
    static String silencedUntil(Silence silence, Instant now) {
        if (silence == null) {
            return "";
        }
        return silence.untilRecovered() ? "until recovered"
                : "until " + time(silence.until()) + " (" + countdown(Duration.between(now, silence.until()))
                        + " left)";
    }

    /** "3 min ago" style age of a moment, for the since column. */
    static String since(Instant at, Instant now) {
        return time(at) + " (" + countdown(Duration.between(at, now)) + " ago)";
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }

    /** What the runbook panel shows at its top when opened from this alert: its values and since when. */
    static dev.clio.console.common.RunbookRequest runbookRequest(AlertRow row) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(capital(lower(row.state())) + " since " + row.since());
        if (!row.reason().isEmpty()) {
            lines.add("Seen: " + row.reason());
        }
        lines.add("Condition: " + row.condition());
        if (!row.response().isEmpty()) {
            lines.add(capital(row.response()));
        }
        lines.add(row.acknowledged() ? capital(row.acknowledgement()) : "Not acknowledged");
        return dev.clio.console.common.RunbookRequest.forAlert(row.ruleId(), "alert " + row.title() + " ("
                + lower(row.severity()) + ", " + lower(row.state()) + ")", lines);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
