package dev.clio.kpi;

import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates every KPI of a catalog snapshot after snapshot, remembering each one's level for hysteresis and "for 4
 * min". Thread-safe: one evaluation at a time.
 */
public final class KpiTracker {

    private final KpiCatalog catalog;
    private final KpiEvaluator evaluator;
    private final Map<String, KpiEvaluator.Prior> priors = new HashMap<>();
    private final Map<String, KpiState> last = new LinkedHashMap<>();

    public KpiTracker(KpiCatalog catalog) {
        this.catalog = catalog;
        this.evaluator = new KpiEvaluator(catalog.staleAfter());
    }

    /**
     * Judges one snapshot, in catalog order.
     *
     * @param snapshotOrNull null when the source did not answer: every tile turns stale, keeping its last value
     * @param dailySeries per trend KPI id, its completed days oldest first (see {@link KpiEvaluator#evaluate})
     */
    public synchronized List<KpiState> update(KpiSnapshot snapshotOrNull, Map<String, List<Double>> dailySeries,
            Instant now) {
        Map<String, KpiReading> readings = new HashMap<>();
        if (snapshotOrNull != null) {
            snapshotOrNull.readings().forEach(r -> readings.put(r.id(), r));
        }
        List<KpiState> out = new ArrayList<>();
        for (KpiDefinition def : catalog.kpis()) {
            KpiState state = snapshotOrNull == null ? silent(def, now)
                    : evaluator.evaluate(def, readings.get(def.id()), priors.get(def.id()), now,
                            dailySeries.get(def.id()));
            KpiState before = last.get(def.id());
            if (before != null && before.level() == state.level() && state.since().equals(now)) {
                state = withSince(state, before.since());
            }
            if (state.level() == Level.OK || state.level() == Level.WARNING || state.level() == Level.CRITICAL) {
                priors.put(def.id(), new KpiEvaluator.Prior(state.level(), state.since()));
            }
            last.put(def.id(), state);
            out.add(state);
        }
        return List.copyOf(out);
    }

    private KpiState silent(KpiDefinition def, Instant now) {
        KpiState before = last.get(def.id());
        String value = before == null ? "no data" : before.display();
        return new KpiState(def.id(), def.title(), def.table(), before == null ? null : before.value(), def.unit(),
                Level.STALE, "stale: the source did not answer; last value " + value,
                before == null ? List.of() : before.ladder(), now, before == null ? null : before.measuredAt(),
                before == null ? null : before.note(), def.runbook());
    }

    private static KpiState withSince(KpiState s, Instant since) {
        return new KpiState(s.id(), s.title(), s.table(), s.value(), s.unit(), s.level(), s.reason(), s.ladder(),
                since, s.measuredAt(), s.note(), s.runbook());
    }
}
