package dev.clio.console.capacity;

import dev.clio.ops.Metrics;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The three growth charts' data, one value per UTC day, oldest first (today, still going on, last). Immutable, so
 * the view can apply one snapshot at a time.
 *
 * @param days the x axis; every list below has one value per day
 */
public record GrowthCharts(List<LocalDate> days, List<Long> activeUsers, List<Long> succeeded, List<Long> failed,
        List<Long> tokens) {

    /** How many days the charts cover. */
    public static final int DAYS = 30;

    public GrowthCharts {
        days = List.copyOf(days);
        activeUsers = List.copyOf(activeUsers);
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
        tokens = List.copyOf(tokens);
    }

    public static GrowthCharts of(Metrics.Growth growth) {
        List<Metrics.GrowthDay> d = growth.days();
        return new GrowthCharts(d.stream().map(Metrics.GrowthDay::date).toList(), values(d,
                Metrics.GrowthDay::activeUsers), values(d, Metrics.GrowthDay::succeeded),
                values(d, Metrics.GrowthDay::failed), values(d, Metrics.GrowthDay::tokens));
    }

    /** No days yet (not connected, or the first call has not answered). */
    public static GrowthCharts empty() {
        return new GrowthCharts(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** The totals over the whole range, for the charts' titles: "412 executions, 9 failed". */
    public long total(List<Long> series) {
        return series.stream().mapToLong(Long::longValue).sum();
    }

    private static List<Long> values(List<Metrics.GrowthDay> days, ToLongFunction<Metrics.GrowthDay> field) {
        return days.stream().map(day -> field.applyAsLong(day)).toList();
    }
}
