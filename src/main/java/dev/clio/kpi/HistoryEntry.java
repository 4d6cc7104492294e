package dev.clio.kpi;

import java.time.Instant;

/** One event of an alert: a state change ({@code from != to}) or an acknowledgement or silence ({@code from == to}). */
public record HistoryEntry(Instant at, String ruleId, AlertState from, AlertState to, String detail) {
}
