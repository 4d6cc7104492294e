package dev.clio.kpi;

import dev.clio.ops.Health;
import dev.clio.ops.Metrics.KpiSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alert state machine of every rule in a catalog, fed one KPI snapshot and health report at a time. Per rule:
 * inactive → pending (condition true) → firing (true for the whole {@code for}) → resolved (condition false) →
 * inactive (after {@code resolvedRetention}); a condition that cannot be told (no data, stale) keeps a firing alert
 * firing and sends a pending one back to inactive. Acknowledgements and silences are separate: an acknowledgement
 * says someone responded (and stops the response-time clock), a silence mutes until it expires or, for "until
 * recovered", until the alert resolves.
 *
 * <p>Thread-safe: every method is atomic with respect to the others, so a console may acknowledge from one thread
 * while a scheduler evaluates on another. Nothing here blocks or does IO.
 */
public final class AlertEngine {

    /** How long a resolved alert stays visible as resolved. */
    public static final Duration DEFAULT_RESOLVED_RETENTION = Duration.ofMinutes(15);
    static final int HISTORY_LIMIT = 500;

    private final Clock clock;
    private final Duration resolvedRetention;
    private final KpiTracker tracker;
    private final Map<String, AlertTrack> tracks = new LinkedHashMap<>();
    private final Deque<HistoryEntry> history = new ArrayDeque<>();
    private List<KpiState> lastKpis = List.of();

    public AlertEngine(KpiCatalog catalog, Clock clock) {
        this(catalog, clock, DEFAULT_RESOLVED_RETENTION);
    }

    public AlertEngine(KpiCatalog catalog, Clock clock, Duration resolvedRetention) {
        this.clock = clock;
        this.resolvedRetention = resolvedRetention;
        this.tracker = new KpiTracker(catalog);
        catalog.rules().forEach(r -> tracks.put(r.id(), new AlertTrack(r, clock.instant())));
    }

    /** {@link #evaluate(KpiSnapshot, Health.Report, Map, Instant)} without trend series, at the clock's now. */
    public AlertSnapshot evaluate(KpiSnapshot snapshotOrNull, Health.Report healthOrNull) {
        return evaluate(snapshotOrNull, healthOrNull, Map.of(), clock.instant());
    }

    public AlertSnapshot evaluate(KpiSnapshot snapshotOrNull, Health.Report healthOrNull, Instant now) {
        return evaluate(snapshotOrNull, healthOrNull, Map.of(), now);
    }

    /**
     * Judges the tiles and steps every rule.
     *
     * @param snapshotOrNull null when the KPI source did not answer (tiles go stale; KPI conditions cannot be told)
     * @param healthOrNull null when the health check did not answer (Service Down's condition holds)
     * @param dailySeries per trend KPI id, its completed days oldest first
     */
    public synchronized AlertSnapshot evaluate(KpiSnapshot snapshotOrNull, Health.Report healthOrNull,
            Map<String, List<Double>> dailySeries, Instant now) {
        lastKpis = tracker.update(snapshotOrNull, dailySeries, now);
        Map<String, KpiState> byId = new HashMap<>();
        lastKpis.forEach(k -> byId.put(k.id(), k));
        expireSilences(now);
        for (AlertTrack t : tracks.values()) {
            t.step(Conditions.check(t.rule.condition(), byId, healthOrNull), now, resolvedRetention, this::log);
        }
        return snapshot(now);
    }

    /** The current state without evaluating, e.g. right after an acknowledgement. */
    public synchronized AlertSnapshot snapshot(Instant now) {
        expireSilences(now);
        return new AlertSnapshot(now, lastKpis, tracks.values().stream().map(t -> t.status(now)).toList(),
                List.copyOf(history));
    }

    /**
     * Records that {@code who} took a pending or firing alert on; it lasts until the alert resolves.
     *
     * @throws IllegalArgumentException for an unknown rule
     * @throws IllegalStateException when the alert is neither pending nor firing
     */
    public synchronized Acknowledgement acknowledge(String ruleId, String who, String note) {
        AlertTrack t = active(ruleId, "acknowledged");
        t.ack = new Acknowledgement(who, clock.instant(), note);
        log(new HistoryEntry(t.ack.at(), ruleId, t.state, t.state, "acknowledged by " + who + note(note)));
        return t.ack;
    }

    /** Mutes a rule until {@code until}, whatever its state (e.g. ahead of maintenance). */
    public synchronized Silence silence(String ruleId, Instant until, String who, String comment) {
        Instant now = clock.instant();
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("a silence must end in the future, not at " + until);
        }
        return mute(track(ruleId), new Silence(who, now, until, comment), "silenced until " + until);
    }

    /** Mutes a pending or firing alert until it resolves. */
    public synchronized Silence silenceUntilRecovered(String ruleId, String who, String comment) {
        return mute(active(ruleId, "silenced until recovered"), new Silence(who, clock.instant(), null, comment),
                "silenced until recovered");
    }

    /** Ends a silence early; false when there was none. */
    public synchronized boolean unsilence(String ruleId, String who) {
        AlertTrack t = track(ruleId);
        if (t.silence == null) {
            return false;
        }
        t.silence = null;
        log(new HistoryEntry(clock.instant(), ruleId, t.state, t.state, "silence ended by " + who));
        return true;
    }

    /** What is left of a firing alert's response-time target at {@code now}; empty when it is not firing. */
    public synchronized Optional<Duration> remainingResponseTime(String ruleId, Instant now) {
        return Optional.ofNullable(track(ruleId).remaining(now));
    }

    private Silence mute(AlertTrack t, Silence silence, String what) {
        t.silence = silence;
        log(new HistoryEntry(silence.from(), t.rule.id(), t.state, t.state, what + " by " + silence.who()
                + note(silence.comment())));
        return silence;
    }

    private void expireSilences(Instant now) {
        for (AlertTrack t : tracks.values()) {
            if (t.silence != null && !t.silence.untilRecovered() && !now.isBefore(t.silence.until())) {
                t.silence = null;
                log(new HistoryEntry(now, t.rule.id(), t.state, t.state, "silence expired"));
            }
        }
    }

    private AlertTrack active(String ruleId, String what) {
        AlertTrack t = track(ruleId);
        if (t.state != AlertState.PENDING && t.state != AlertState.FIRING) {
            throw new IllegalStateException("alert '" + ruleId + "' is " + t.state.name().toLowerCase(
                    java.util.Locale.ROOT) + "; only a pending or firing alert can be " + what);
        }
        return t;
    }

    private AlertTrack track(String ruleId) {
        AlertTrack t = tracks.get(ruleId);
        if (t == null) {
            throw new IllegalArgumentException("no alert rule '" + ruleId + "'; the rules are " + tracks.keySet());
        }
        return t;
    }

    private void log(HistoryEntry entry) {
        history.addLast(entry);
        while (history.size() > HISTORY_LIMIT) {
            history.removeFirst();
        }
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : ": " + note;
    }
}
