package dev.clio.incident;

import dev.clio.ops.Incidents.Phase;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Timing;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The seed's time targets for one incident at one moment: phase, response time, update cadence, post-mortem. */
public final class Timings {

    /** The seed: "Send updates every 30 minutes during active incidents". */
    public static final Duration UPDATE_CADENCE = Duration.ofMinutes(30);
    /** How long after the end a post-mortem of a severity above medium is due. */
    public static final Duration POST_MORTEM_WITHIN = Duration.ofDays(7);

    private Timings() {
    }

    /**
     * @param endedAt null while open
     * @param lastCommunicationAt when a communication was last marked sent, or null
     */
    public static Timing of(Severity severity, Instant startedAt, Instant endedAt, Instant lastCommunicationAt,
            Instant now) {
        boolean open = endedAt == null;
        Duration elapsed = Duration.between(startedAt, open ? now : endedAt);
        Phase phase = open ? openPhase(elapsed) : Phase.POST_INCIDENT;
        boolean overrun = open && elapsed.compareTo(Phase.DIAGNOSIS.to()) >= 0;
        Instant nextUpdate = open ? (lastCommunicationAt == null ? startedAt : lastCommunicationAt)
                .plus(UPDATE_CADENCE) : null;
        Instant postMortem = !open && severity.needsPostMortem() ? endedAt.plus(POST_MORTEM_WITHIN) : null;
        return new Timing(phase, Math.max(0, elapsed.toSeconds()), overrun, respondBy(severity, startedAt),
                nextUpdate, postMortem);
    }

    /** The phase whose window holds the elapsed time; diagnosis also past its 60 minutes, until resolved. */
    static Phase openPhase(Duration elapsed) {
        if (elapsed.compareTo(Phase.DETECTION.to()) < 0) {
            return Phase.DETECTION;
        }
        return elapsed.compareTo(Phase.INITIAL_RESPONSE.to()) < 0 ? Phase.INITIAL_RESPONSE : Phase.DIAGNOSIS;
    }

    /** The start plus the response time; "next business day" is the end of the next Monday-to-Friday UTC day. */
    static Instant respondBy(Severity severity, Instant startedAt) {
        if (severity.respondWithin() != null) {
            return startedAt.plus(severity.respondWithin());
        }
        LocalDate day = LocalDate.ofInstant(startedAt, ZoneOffset.UTC).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The seed's post-incident checklist when the severity is above medium, else nothing. */
    public static List<String> followUps(Severity severity, Timing timing) {
        if (!severity.needsPostMortem()) {
            return List.of();
        }
        String postMortem = timing.postMortemDue() == null ? "Schedule a post-mortem (severity above medium)"
                : "Hold the post-mortem by " + LocalDate.ofInstant(timing.postMortemDue(), ZoneOffset.UTC);
        return List.of(postMortem, "Update monitoring and alerting based on lessons learned");
    }
}
