package dev.clio.kpi;

import java.time.Instant;
import java.util.List;

/** Everything one evaluation produced: the tiles, every rule's alert and the recent history (oldest first). */
public record AlertSnapshot(Instant at, List<KpiState> kpis, List<AlertStatus> alerts, List<HistoryEntry> history) {

    public AlertSnapshot {
        kpis = List.copyOf(kpis);
        alerts = List.copyOf(alerts);
        history = List.copyOf(history);
    }

    public AlertStatus alert(String ruleId) {
        return alerts.stream().filter(a -> a.rule().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alert rule '" + ruleId + "'"));
    }

    public KpiState kpi(String id) {
        return kpis.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no KPI '" + id + "'"));
    }

    /** Whether a critical alert is pending or firing: what pages someone. */
    public boolean criticalActive() {
        return alerts.stream().anyMatch(a -> a.active() && a.rule().severity() == Severity.CRITICAL);
    }
}
