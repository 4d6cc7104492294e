package dev.clio.kpi;

import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import java.util.List;
import java.util.Map;

/**
 * The day series trend KPIs are judged on, taken from {@link Operations#growth(int)}: for {@code daily_active_users}
 * the distinct users of each completed UTC day, oldest first. Today is left out, as its partial count would always
 * look like a decline (see {@code docs/alerts.md}).
 */
public final class DailySeries {

    public static final String DAILY_ACTIVE_USERS = "daily_active_users";

    private DailySeries() {
    }

    /**
     * How many growth days (today included) to ask for so that every trend KPI of the catalog can reach its critical
     * threshold: a decline of N days needs N + 1 completed days, plus today.
     */
    public static int daysNeeded(KpiCatalog catalog) {
        double most = catalog.kpis().stream().filter(k -> k.direction() == Direction.TREND)
                .mapToDouble(k -> Math.max(k.warning().value(), k.critical().value())).max().orElse(1);
        return (int) Math.min(Operations.MAX_GROWTH_DAYS, Math.max(2, Math.ceil(most) + 2));
    }

    /** Per trend KPI id, its completed days oldest first; empty when the growth call did not answer (null). */
    public static Map<String, List<Double>> of(Metrics.Growth growthOrNull) {
        if (growthOrNull == null || growthOrNull.days().isEmpty()) {
            return Map.of();
        }
        List<Metrics.GrowthDay> days = growthOrNull.days();
        List<Double> completed = days.subList(0, days.size() - 1).stream()
                .map(d -> (double) d.activeUsers()).toList();
        return Map.of(DAILY_ACTIVE_USERS, completed);
    }
}
