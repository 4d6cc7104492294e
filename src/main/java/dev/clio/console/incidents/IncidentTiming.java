package dev.clio.console.incidents;

import dev.clio.incident.Timings;
import dev.clio.kpi.ValueFormat;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An incident's clock as the header shows it at one moment: elapsed time, the seed's response phases with the
 * current one marked, the response target and the next-update countdown. Computed from the incident and the
 * console's clock, so it moves every second without asking the engine.
 *
 * @param countdown {@code next update due in 12 min}, {@code next update overdue by 3 min}, or empty once resolved
 * @param updateDue true when an open incident's next update is due now or overdue
 * @param nextUpdateDue when the next update is due; null once resolved
 */
record IncidentTiming(String elapsed, List<PhaseRow> phases, String respond, String countdown, boolean updateDue,
        Instant nextUpdateDue) {

    /** One response phase: {@code Diagnosis and Resolution 15–60 min}, and whether it is past or current. */
    record PhaseRow(Phase phase, String text, boolean current, boolean past) {
    }

    static IncidentTiming of(Incidents.Incident incident, Instant now) {
        Instant lastSent = incident.timing() == null || incident.timing().nextUpdateDue() == null ? null
                : incident.timing().nextUpdateDue().minus(Timings.UPDATE_CADENCE);
        if (lastSent != null && !lastSent.isAfter(incident.startedAt())) {
            lastSent = null;
        }
        Incidents.Timing t = Timings.of(incident.severity(), incident.startedAt(), incident.endedAt(), lastSent, now);
        Duration elapsed = Duration.ofSeconds(t.elapsedSeconds());
        List<PhaseRow> phases = Arrays.stream(Phase.values()).map(p -> new PhaseRow(p, p.title() + " "
                + range(p), p == t.phase(), p.ordinal() < t.phase().ordinal())).toList();
        String elapsedText = (incident.resolved() ? "lasted " : "elapsed ") + clock(elapsed)
                + (t.phaseOverrun() ? " (past the 60 min diagnosis window)" : "");
        String respond = incident.severity().label() + ": respond within " + incident.severity().responseTime();
        if (t.nextUpdateDue() == null) {
            return new IncidentTiming(elapsedText, phases, respond, "", false, null);
        }
        Duration left = Duration.between(now, t.nextUpdateDue());
        boolean due = !left.isPositive();
        String countdown = due ? "next update overdue by " + clock(left.negated())
                : "next update due in " + clock(left);
        return new IncidentTiming(elapsedText, phases, respond, countdown, due, t.nextUpdateDue());
    }

    /** {@code 0–5 min}, {@code 1–24 h}. */
    private static String range(Phase p) {
        if (p.to().toMinutes() > 60) {
            return p.from().toHours() + "–" + p.to().toHours() + " h";
        }
        return p.from().toMinutes() + "–" + p.to().toMinutes() + " min";
    }

    /** {@code 4 min 05 s}, {@code 1 h 12 min}: seconds matter early in an incident. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 3600) {
            return s / 60 == 0 ? s + " s" : s / 60 + " min " + String.format("%02d s", s % 60);
        }
        return ValueFormat.duration(d);
    }
}
