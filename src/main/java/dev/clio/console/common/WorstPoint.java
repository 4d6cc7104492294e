package dev.clio.console.common;

import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.KpiState;
import dev.clio.kpi.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "worst point" of an incident (docs/incidents.md): while it is active, each KPI refresh is scored (2 per critical
 * KPI, 1 per warning; stale and no-data count nothing) and a refresh worse than every one before since activation is
 * the new worst point, worth a {@code kpi-snapshot} entry. The first refresh after activation only sets the bar: the
 * declaration already has its snapshot.
 */
final class WorstPoint {

    private String incidentId;
    private int worst = Integer.MIN_VALUE;

    /** The payload to record when {@code snapshot} is a new worst point of {@code incidentIdOrNull}, else null. */
    Map<String, Object> observe(String incidentIdOrNull, AlertSnapshot snapshot) {
        if (incidentIdOrNull == null || snapshot == null || snapshot.kpis().isEmpty()) {
            return null;
        }
        int score = score(snapshot);
        if (!incidentIdOrNull.equals(incidentId)) {
            incidentId = incidentIdOrNull;
            worst = score;
            return null;
        }
        if (score <= worst) {
            return null;
        }
        worst = score;
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> levels = new LinkedHashMap<>();
        for (KpiState k : snapshot.kpis()) {
            values.put(k.id(), k.value() == null ? "no data" : k.value());
            levels.put(k.id(), k.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("label", "worst");
        payload.put("taken_at", snapshot.at() == null ? null : snapshot.at().toString());
        payload.put("score", score);
        payload.put("values", values);
        payload.put("levels", levels);
        return payload;
    }

    static int score(AlertSnapshot snapshot) {
        int score = 0;
        for (KpiState k : snapshot.kpis()) {
            score += k.level() == Level.CRITICAL ? 2 : k.level() == Level.WARNING ? 1 : 0;
        }
        return score;
    }
}
