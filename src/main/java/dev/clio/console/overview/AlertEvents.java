package dev.clio.console.overview;

import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.HistoryEntry;
import dev.clio.kpi.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The alert history entries of the rules linked to a KPI, as history lines. */
final class AlertEvents {

    private AlertEvents() {
    }

    static List<HistoryEvent> of(String kpiId, AlertSnapshot snapshot) {
        Map<String, String> titles = snapshot.alerts().stream().filter(a -> AlertMarks.linked(a, kpiId))
                .collect(Collectors.toMap(a -> a.rule().id(), a -> a.rule().title(), (a, b) -> a));
        List<HistoryEvent> out = new ArrayList<>();
        for (HistoryEntry e : snapshot.history()) {
            String title = titles.get(e.ruleId());
            if (title != null) {
                String what = e.from() == e.to() ? e.detail() : name(e.from()) + " → " + name(e.to())
                        + (e.detail() == null || e.detail().isBlank() ? "" : ": " + e.detail());
                out.add(new HistoryEvent(e.at(), "alert " + title + " " + what));
            }
        }
        return out;
    }

    /** {@code High Response Time (warning, after 5 min): firing}: the rules watching this KPI and their state. */
    static List<String> rules(String kpiId, AlertSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        for (AlertStatus a : snapshot.alerts()) {
            if (AlertMarks.linked(a, kpiId)) {
                out.add(a.rule().title() + " (" + name(a.rule().severity()) + ", after "
                        + ValueFormat.duration(a.rule().pendingFor()) + "): " + name(a.state()));
            }
        }
        return out;
    }

    private static String name(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
