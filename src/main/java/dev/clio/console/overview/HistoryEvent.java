package dev.clio.console.overview;

import java.time.Instant;

/** A line of a KPI's history: a level change of its tile, or a state change of an alert linked to it. */
public record HistoryEvent(Instant at, String text) {
}
