package dev.clio.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Aggregates for the console's capacity charts and the API's metrics summary. */
final class StatsQueries {

    private final Jdbc jdbc;
    private final Dialect dialect;

    StatsQueries(Jdbc jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    List<DailyStat> daily(int days, Instant now) {
        LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = last.minusDays(days - 1L);
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String day = dialect.utcDay("started_at");
        Map<LocalDate, DailyStat> found = new HashMap<>();
        // Dry runs are left out, as the runbook's "workflow_execution" and "workflow_completed" greps leave them out.
        jdbc.query("SELECT " + day + " AS day, COUNT(*),"
                + " COALESCE(SUM(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN status IN ('failed', 'interrupted') THEN 1 ELSE 0 END), 0),"
                + " COUNT(DISTINCT user_id), COALESCE(SUM(tokens_used), 0)"
                + " FROM executions WHERE dry_run = ? AND started_at >= ? AND started_at < ? GROUP BY " + day, s -> {
                    s.setBoolean(1, false);
                    dialect.bind(s, 2, from);
                    dialect.bind(s, 3, to);
                }, row -> new DailyStat(LocalDate.parse(row.getString(1)), row.getLong(2), row.getLong(3),
                        row.getLong(4), row.getLong(5), row.getLong(6))).forEach(stat -> found.put(stat.date(), stat));
        List<DailyStat> result = new ArrayList<>(days);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            result.add(found.getOrDefault(date, DailyStat.empty(date)));
        }
        return result;
    }

    WindowStats window(Instant from, Instant to) {
        String millis = dialect.millisBetween("started_at", "ended_at");
        return jdbc.query("""
                SELECT COUNT(*),
                    COALESCE(SUM(CASE WHEN status IN ('running', 'paused') THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'interrupted' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(tokens_used), 0),
                    AVG(CASE WHEN status IN ('succeeded', 'failed') THEN %s END)
                FROM executions WHERE dry_run = ? AND started_at >= ? AND started_at < ?""".formatted(millis), s -> {
                    s.setBoolean(1, false);
                    dialect.bind(s, 2, from);
                    dialect.bind(s, 3, to);
                }, row -> {
                    long succeeded = row.getLong(3);
                    long failed = row.getLong(4);
                    long interrupted = row.getLong(6);
                    long finished = succeeded + failed + interrupted;
                    double meanMillis = row.getDouble(8);
                    boolean noDuration = row.wasNull();
                    return new WindowStats(from, to, row.getLong(1), row.getLong(2), succeeded, failed,
                            row.getLong(5), interrupted, row.getLong(7),
                            finished == 0 ? null : (double) succeeded / finished,
                            noDuration ? null : Duration.ofMillis(Math.round(meanMillis)));
                }).get(0);
    }
}
