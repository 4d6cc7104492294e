package dev.clio.console.overview;

import java.util.List;

/**
 * What the history pane of one KPI shows: its tile (sparkline of the kept history, ladder, reason, runbook) and its
 * events, newest first, and the alert rules that watch it with their state.
 */
public record KpiHistory(KpiTile tile, List<HistoryEvent> events, List<String> rules) {

    public KpiHistory {
        events = List.copyOf(events);
        rules = List.copyOf(rules);
    }
}
