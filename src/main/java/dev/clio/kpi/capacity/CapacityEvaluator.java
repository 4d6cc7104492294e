package dev.clio.kpi.capacity;

import dev.clio.kpi.Threshold;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the capacity table against samples fed over time, remembering per row since when its trigger has held.
 * A row triggers once its trigger has held, sample after sample, for the row's {@code for} (at once when that is 0s).
 * Missing data is not "still holding": a sample without the row's value, or a gap longer than the table's
 * {@code max_sample_gap} since the previous sample, restarts the row's duration.
 *
 * <p>Thread-safe: one update at a time. Nothing here blocks or does IO; the clock is injected, so tests move time by
 * hand.
 */
public final class CapacityEvaluator {

    private final CapacityTable table;
    private final Clock clock;
    private final Map<String, Instant> holdingSince = new HashMap<>();
    private Instant lastSample;
    private List<CapacityStatus> last;

    public CapacityEvaluator(CapacityTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
        this.last = table.rules().stream().map(r -> new CapacityStatus(r, CapacityState.NO_DATA, null, null, null,
                "no data: not measured yet", clock.instant())).toList();
    }

    /**
     * Judges one sample at the clock's now, in table order.
     *
     * @param sampleOrNull null when nothing answered: every row reads no data
     */
    public synchronized List<CapacityStatus> update(CapacitySample sampleOrNull) {
        Instant now = clock.instant();
        if (lastSample != null && Duration.between(lastSample, now).compareTo(table.maxSampleGap()) > 0) {
            holdingSince.clear();
        }
        lastSample = now;
        List<CapacityStatus> out = new ArrayList<>(table.rules().size());
        for (CapacityRule rule : table.rules()) {
            CapacityReading r = sampleOrNull == null ? CapacityReading.noData("no sample: the sources did not answer")
                    : sampleOrNull.reading(rule.metric());
            out.add(judge(rule, r, now));
        }
        last = List.copyOf(out);
        return last;
    }

    /** The latest evaluation without a new sample (before the first one, every row reads no data). */
    public synchronized List<CapacityStatus> last() {
        return last;
    }

    public CapacityTable table() {
        return table;
    }

    private CapacityStatus judge(CapacityRule rule, CapacityReading r, Instant now) {
        if (r.value() == null) {
            holdingSince.remove(rule.id());
            return new CapacityStatus(rule, CapacityState.NO_DATA, null, null, null, CapacityText.noData(r), now);
        }
        double v = r.value();
        Threshold trigger = rule.trigger();
        if (!trigger.breached(v)) {
            holdingSince.remove(rule.id());
            return new CapacityStatus(rule, CapacityState.OK, v, null, null, CapacityText.ok(rule, v), now);
        }
        Instant since = holdingSince.computeIfAbsent(rule.id(), id -> now);
        Duration held = Duration.between(since, now);
        if (held.compareTo(rule.holdFor()) >= 0) {
            return new CapacityStatus(rule, CapacityState.TRIGGERED, v, held, since,
                    CapacityText.triggered(rule, v, held), now);
        }
        return new CapacityStatus(rule, CapacityState.HOLDING, v, held, since, CapacityText.holding(rule, v, held),
                now);
    }
}
