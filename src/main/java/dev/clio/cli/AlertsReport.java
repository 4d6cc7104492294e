package dev.clio.cli;

import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.KpiState;
import dev.clio.kpi.Rung;
import java.time.Instant;
import java.util.List;

/** The JSON form of one {@code alerts} evaluation: plain names and strings, no internal types. */
record AlertsReport(Instant evaluatedAt, String target, boolean criticalActive, List<Kpi> kpis, List<Alert> alerts) {

    record Kpi(String id, String title, String table, Double value, String unit, String state, String reason,
            Instant since, Instant measuredAt, List<Rung> ladder, String runbook) {
    }

    /** @param remainingResponseSeconds for a firing alert; negative when overdue */
    record Alert(String id, String title, String state, String severity, String condition, String pendingFor,
            String responseTarget, Long remainingResponseSeconds, Instant since, String reason, boolean silenced,
            String acknowledgedBy, String runbook) {
    }

    static AlertsReport of(AlertSnapshot s, String target) {
        return new AlertsReport(s.at(), target, s.criticalActive(), s.kpis().stream().map(AlertsReport::kpi).toList(),
                s.alerts().stream().map(AlertsReport::alert).toList());
    }

    private static Kpi kpi(KpiState k) {
        return new Kpi(k.id(), k.title(), k.table(), k.value(), k.unit(), AlertsText.lower(k.level()), k.reason(),
                k.since(), k.measuredAt(), k.ladder(), k.runbook());
    }

    private static Alert alert(AlertStatus a) {
        return new Alert(a.rule().id(), a.rule().title(), AlertsText.lower(a.state()),
                AlertsText.lower(a.rule().severity()), a.rule().condition().describe(),
                AlertsText.duration(a.rule().pendingFor()), AlertsText.duration(a.rule().responseTarget()),
                a.remainingResponse() == null ? null : a.remainingResponse().toSeconds(), a.since(), a.reason(),
                a.silenced(), a.acknowledgement() == null ? null : a.acknowledgement().who(), a.rule().runbook());
    }
}
