package dev.clio.console.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.incident.Timings;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Phase;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import dev.clio.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header's clock on a hand-moved clock: the seed's phases by elapsed time and the 30-minute update cadence. */
class IncidentTimingTest {

    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    final ManualClock clock = new ManualClock(START);

    @Test
    void thePhaseMovesWithTheElapsedTimeAndEarlierOnesArePast() {
        Incidents.Incident open = incident(Severity.HIGH, null, null);
        assertThat(current(open)).isEqualTo(Phase.DETECTION);
        assertThat(IncidentTiming.of(open, clock.instant()).elapsed()).isEqualTo("elapsed 0 s");
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(current(open)).isEqualTo(Phase.DETECTION);
        clock.advance(Duration.ofSeconds(1));
        assertThat(current(open)).isEqualTo(Phase.INITIAL_RESPONSE);
        assertThat(IncidentTiming.of(open, clock.instant()).elapsed()).isEqualTo("elapsed 5 min 00 s");
        clock.advance(Duration.ofMinutes(10));
        IncidentTiming diagnosis = IncidentTiming.of(open, clock.instant());
        assertThat(current(open)).isEqualTo(Phase.DIAGNOSIS);
        assertThat(diagnosis.phases()).filteredOn(IncidentTiming.PhaseRow::past).extracting(p -> p.phase())
                .containsExactly(Phase.DETECTION, Phase.INITIAL_RESPONSE);
        assertThat(diagnosis.phases()).extracting(IncidentTiming.PhaseRow::text).containsExactly(
                "Detection and Alert 0–5 min", "Initial Response 5–15 min", "Diagnosis and Resolution 15–60 min",
                "Post-Incident 1–24 h");
        clock.advance(Duration.ofMinutes(50));
        assertThat(current(open)).as("an open incident stays in diagnosis past 60 min").isEqualTo(Phase.DIAGNOSIS);
        assertThat(IncidentTiming.of(open, clock.instant()).elapsed())
                .isEqualTo("elapsed 1 h 5 min (past the 60 min diagnosis window)");
    }

    @Test
    void aResolvedIncidentIsPostIncidentAndHasNoCountdown() {
        Incidents.Incident resolved = incident(Severity.CRITICAL, START.plus(Duration.ofMinutes(42)), null);
        clock.advance(Duration.ofHours(3));
        IncidentTiming t = IncidentTiming.of(resolved, clock.instant());
        assertThat(current(resolved)).isEqualTo(Phase.POST_INCIDENT);
        assertThat(t.elapsed()).isEqualTo("lasted 42 min 00 s");
        assertThat(t.countdown()).isEmpty();
        assertThat(t.updateDue()).isFalse();
        assertThat(t.respond()).isEqualTo("critical: respond within 5 minutes");
    }

    @Test
    void theNextUpdateCountsDownFromTheStartThenFromTheLastMessageSent() {
        Incidents.Incident open = incident(Severity.MEDIUM, null, null);
        assertThat(IncidentTiming.of(open, clock.instant()).countdown()).isEqualTo("next update due in 30 min 00 s");
        clock.advance(Duration.ofMinutes(29).plusSeconds(30));
        IncidentTiming soon = IncidentTiming.of(open, clock.instant());
        assertThat(soon.countdown()).isEqualTo("next update due in 30 s");
        assertThat(soon.updateDue()).isFalse();
        clock.advance(Duration.ofSeconds(90));
        IncidentTiming late = IncidentTiming.of(open, clock.instant());
        assertThat(late.countdown()).isEqualTo("next update overdue by 1 min 00 s");
        assertThat(late.updateDue()).isTrue();
        assertThat(late.nextUpdateDue()).isEqualTo(START.plus(Timings.UPDATE_CADENCE));
        // a message sent at 31 min: the incident as read says the next is due at 61 min
        Instant sent = START.plus(Duration.ofMinutes(31));
        Incidents.Incident updated = incident(Severity.MEDIUM, null, sent.plus(Timings.UPDATE_CADENCE));
        IncidentTiming after = IncidentTiming.of(updated, clock.instant());
        assertThat(after.updateDue()).isFalse();
        assertThat(after.countdown()).isEqualTo("next update due in 30 min 00 s");
    }

    private Phase current(Incidents.Incident incident) {
        return IncidentTiming.of(incident, clock.instant()).phases().stream().filter(IncidentTiming.PhaseRow::current)
                .map(IncidentTiming.PhaseRow::phase).reduce((a, b) -> {
                    throw new AssertionError("two current phases: " + a + ", " + b);
                }).orElseThrow();
    }

    /** An incident as the engine returns it; the timing part is what the console's clock is checked against. */
    private static Incidents.Incident incident(Severity severity, Instant endedAt, Instant nextUpdateDue) {
        Instant due = endedAt != null ? null : nextUpdateDue != null ? nextUpdateDue
                : START.plus(Timings.UPDATE_CADENCE);
        Incidents.Timing timing = new Incidents.Timing(Phase.DETECTION, 0, false, START, due, null);
        return new Incidents.Incident("INC-20261201100000", "API down", severity,
                endedAt == null ? Status.INVESTIGATING : Status.RESOLVED, "all calls fail", START, endedAt, null, null,
                null, null, "alice", 1, 1, timing, List.of());
    }
}
