package dev.clio.kpi;

import dev.clio.ops.Metrics.KpiReading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges one reading against its definition: direction-aware, with hysteresis against the level it had before, stale
 * when the reading is older than the limit, and "no data" kept apart from zero. Pure and thread-safe; the memory of
 * the previous level is passed in (see {@link KpiTracker}).
 */
public final class KpiEvaluator {

    /** The level a KPI last had from real data, and since when; what hysteresis compares against. */
    public record Prior(Level level, Instant since) {
    }

    private final Duration staleAfter;

    public KpiEvaluator(Duration staleAfter) {
        this.staleAfter = staleAfter;
    }

    /**
     * @param readingOrNull null when the source did not report this KPI at all
     * @param priorOrNull the previous judgement from real data, or null on the first evaluation
     * @param dailySeriesOrNull for trend KPIs only: one value per completed day, oldest first (a null entry is a day
     *     without data and ends a streak); at least {@code critical + 1} days are needed to see a critical decline
     */
    public KpiState evaluate(KpiDefinition def, KpiReading readingOrNull, Prior priorOrNull, Instant now,
            List<Double> dailySeriesOrNull) {
        if (readingOrNull == null) {
            return state(def, null, Level.NO_DATA, "no data: the source does not report " + def.id(), null, null,
                    null, now);
        }
        KpiReading r = readingOrNull;
        if (r.measuredAt() != null && Duration.between(r.measuredAt(), now).compareTo(staleAfter) > 0) {
            String last = r.value() == null ? "no data" : ValueFormat.value(r.value(), def.unit());
            return state(def, r, Level.STALE, "stale: last measured " + ValueFormat.duration(Duration.between(
                    r.measuredAt(), now)) + " ago (limit " + ValueFormat.duration(staleAfter) + "); last value "
                    + last, null, null, null, now);
        }
        if (def.direction() == Direction.TREND) {
            return trend(def, r, priorOrNull, now, dailySeriesOrNull);
        }
        if (r.value() == null) {
            return state(def, r, Level.NO_DATA, "no data" + (r.note() == null ? "" : ": " + r.note()), null, null,
                    null, now);
        }
        double v = r.value();
        Level raw = def.critical().breached(v) ? Level.CRITICAL : def.warning().breached(v) ? Level.WARNING : Level.OK;
        Level level = hold(def, v, raw, priorOrNull);
        Instant since = since(level, priorOrNull, now);
        String reason = level == raw ? Reasons.numeric(def, v, level) : Reasons.held(def, v, level);
        return state(def, r, level, reason + Reasons.lasting(since, now), since, v, null, now);
    }

    /** Keeps a worse prior level until the value is back past its threshold by the hysteresis margin. */
    static Level hold(KpiDefinition def, double v, Level raw, Prior prior) {
        Level before = prior == null ? Level.OK : prior.level();
        if (before == Level.CRITICAL && raw != Level.CRITICAL && !def.critical().recovered(v, def.hysteresis())) {
            return Level.CRITICAL;
        }
        boolean wasBad = before == Level.CRITICAL || before == Level.WARNING;
        if (wasBad && raw == Level.OK && !def.warning().recovered(v, def.hysteresis())) {
            return Level.WARNING;
        }
        return raw;
    }

    private KpiState trend(KpiDefinition def, KpiReading r, Prior prior, Instant now, List<Double> series) {
        String today = r.value() == null ? "no data" : ValueFormat.value(r.value(), def.unit());
        if (series == null || series.size() < 2) {
            return state(def, r, Level.NO_DATA, "no trend: it needs the daily series (at least 2 days); today "
                    + today, null, null, null, now);
        }
        int declines = Trend.decliningDays(series);
        Level level = def.critical().breached(declines) ? Level.CRITICAL
                : def.warning().breached(declines) ? Level.WARNING : Level.OK;
        Instant since = since(level, prior, now);
        return state(def, r, level, Reasons.trend(def, series, declines, level) + Reasons.lasting(since, now), since,
                null, declines, now);
    }

    private static Instant since(Level level, Prior prior, Instant now) {
        return prior != null && prior.level() == level ? prior.since() : now;
    }

    private static KpiState state(KpiDefinition def, KpiReading r, Level level, String reason, Instant since,
            Double judged, Integer declines, Instant now) {
        List<Rung> ladder = new ArrayList<>();
        Double x = declines != null ? Double.valueOf(declines) : judged;
        if (def.target() != null) {
            ladder.add(rung("target", def.target(), x != null && declines == null && def.target().breached(x)));
        }
        ladder.add(rung("warning", def.warning(), x != null && def.warning().breached(x)));
        ladder.add(rung("critical", def.critical(), x != null && def.critical().breached(x)));
        return new KpiState(def.id(), def.title(), def.table(), r == null ? null : r.value(), def.unit(), level,
                reason, ladder, since == null ? now : since, r == null ? null : r.measuredAt(),
                r == null ? null : r.note(), def.runbook());
    }

    private static Rung rung(String name, Threshold t, boolean reached) {
        return new Rung(name, t.value(), t.op(), t.text(), reached);
    }
}
