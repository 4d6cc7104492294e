package dev.clio.console.overview;

import dev.clio.kpi.Level;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Everything one tile shows, as of one update. Immutable.
 *
 * @param value the number as text, {@code no data}, or {@code …} before the first refresh
 * @param unit empty when there is no number
 * @param reason the tooltip: why the tile has its colour
 * @param status the line at the bottom: {@code warning for 4 min}, {@code updated 47 s ago}, …
 * @param trendOrEmpty for trend KPIs: {@code declining 3 days}, {@code growing}; else empty
 * @param noteOrEmpty why there is no data ({@code no API requests in the last hour}), or that hysteresis holds the
 *     level ({@code held at warning until <= 475 ms}); else empty
 * @param spark the last 15 minutes, oldest first; gaps are NaN
 * @param runbook the runbook procedure it links to, by name
 */
public record KpiTile(String id, String title, String table, String value, String unit, Level level, String reason,
        List<LadderStep> ladder, String status, String trendOrEmpty, String noteOrEmpty, List<TileMark> marks,
        List<SparkPoint> spark, String runbook) {

    public KpiTile {
        ladder = List.copyOf(ladder);
        marks = List.copyOf(marks);
        spark = List.copyOf(spark);
    }

    /** {@code OK}, {@code WARNING}, {@code CRITICAL}, {@code STALE}, {@code NO DATA}: the level in words. */
    public String levelText() {
        return level.name().replace('_', ' ');
    }

    /** {@code ok}, {@code warning}, {@code critical}, {@code stale}, {@code no-data}: for style classes. */
    public String levelKey() {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code ok <200ms · ▸ warn >500ms · crit >1000ms}. */
    public String ladderText() {
        return ladder.stream().map(LadderStep::label).collect(Collectors.joining(" · "));
    }

    /** The value with its unit, as one string. */
    public String valueWithUnit() {
        return unit.isEmpty() ? value : unit.startsWith("%") ? value + unit : value + " " + unit;
    }
}
