package dev.clio.console.alerts;

import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.AlertState;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.HistoryEntry;
import dev.clio.kpi.Severity;
import dev.clio.kpi.ValueFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns an alert snapshot into the view's rows (most urgent first), its history (newest first) and a summary. */
final class AlertRows {

    static final int HISTORY_SHOWN = 200;

    private AlertRows() {
    }

    /** Firing critical, firing warning, pending critical, pending warning, resolved, inactive; else rule order. */
    static List<AlertRow> rows(AlertSnapshot snapshot, Instant now) {
        Duration elapsed = Duration.between(snapshot.at(), now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        List<AlertRow> rows = new ArrayList<>();
        for (AlertStatus a : snapshot.alerts()) {
            rows.add(row(a, elapsed, now));
        }
        rows.sort(Comparator.comparingInt(AlertRows::urgency));
        return rows;
    }

    static List<HistoryRow> history(AlertSnapshot snapshot) {
        Map<String, String> titles = new HashMap<>();
        snapshot.alerts().forEach(a -> titles.put(a.rule().id(), a.rule().title()));
        List<HistoryEntry> entries = snapshot.history();
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && rows.size() < HISTORY_SHOWN; i--) {
            HistoryEntry h = entries.get(i);
            String change = h.from() == h.to() ? "" : AlertTexts.lower(h.from()) + " → " + AlertTexts.lower(h.to());
            rows.add(new HistoryRow(h.at(), AlertTexts.time(h.at()), h.ruleId(), titles.getOrDefault(h.ruleId(),
                    h.ruleId()), change, h.detail()));
        }
        return rows;
    }

    /** "2 firing (1 critical) · 1 pending · 1 silenced", or that nothing is. */
    static String summary(List<AlertRow> rows) {
        long firing = rows.stream().filter(AlertRow::firing).count();
        long critical = rows.stream().filter(r -> r.firing() && r.critical()).count();
        long pending = rows.stream().filter(r -> r.state() == AlertState.PENDING).count();
        long silenced = rows.stream().filter(AlertRow::silenced).count();
        if (firing == 0 && pending == 0) {
            return "Nothing firing or pending; " + rows.size() + " rules watched"
                    + (silenced == 0 ? "" : " · " + silenced + " silenced");
        }
        List<String> parts = new ArrayList<>();
        parts.add(firing + " firing" + (critical == 0 ? "" : " (" + critical + " critical)"));
        if (pending > 0) {
            parts.add(pending + " pending");
        }
        if (silenced > 0) {
            parts.add(silenced + " silenced");
        }
        return String.join(" · ", parts);
    }

    private static AlertRow row(AlertStatus a, Duration elapsed, Instant now) {
        Duration left = AlertTexts.remaining(a, elapsed);
        boolean overdue = left != null && a.acknowledgement() == null && !left.isPositive();
        String age = a.state() == AlertState.INACTIVE ? ""
                : ValueFormat.duration(Duration.between(a.since(), now)) + " ago";
        return new AlertRow(a.rule().id(), a.rule().title(), a.rule().severity(), a.state(),
                AlertTexts.since(a.since(), now), age, AlertTexts.pendingFor(a.rule().pendingFor()),
                AlertTexts.countdown(a.rule().responseTarget()), AlertTexts.response(a, elapsed), overdue,
                AlertTexts.acknowledgement(a.acknowledgement()),
                a.acknowledgement() == null ? "" : a.acknowledgement().who(), AlertTexts.silence(a.silence(), now),
                AlertTexts.silencedUntil(a.silence(), now), a.silenced() && a.silence().untilRecovered(),
                a.rule().runbook(), a.rule().condition().describe(), a.reason() == null ? "" : a.reason());
    }

    private static int urgency(AlertRow r) {
        int state = switch (r.state()) {
            case FIRING -> 0;
            case PENDING -> 2;
            case RESOLVED -> 4;
            case INACTIVE -> 6;
        };
        return r.active() && r.severity() != Severity.CRITICAL ? state + 1 : state;
    }
}
