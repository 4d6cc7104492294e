package dev.clio.console.common;

import dev.clio.kpi.DailySeries;
import dev.clio.kpi.KpiCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The completed-day series the trend KPIs (daily active users) are judged on, from {@code growth(days)}. Days change
 * slowly, so the series is fetched at most once per {@code maxAge} per session rather than on every KPI poll.
 * Called from the feed's scheduler thread only.
 */
public final class TrendSeries implements Function<Session, Map<String, List<Double>>> {

    private final Clock clock;
    private final Duration maxAge;
    private Session session;
    private Instant fetchedAt;
    private Map<String, List<Double>> series = Map.of();

    public TrendSeries(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public Map<String, List<Double>> apply(Session current) {
        Instant now = clock.instant();
        if (current != session || fetchedAt == null || Duration.between(fetchedAt, now).compareTo(maxAge) >= 0) {
            int days = DailySeries.daysNeeded(KpiCatalog.load(current.workspaceOrNull()));
            session = current;
            fetchedAt = now;
            series = DailySeries.of(current.operations().growth(days));
        }
        return series;
    }
}
