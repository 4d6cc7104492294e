package dev.clio.store;

import java.time.Instant;

/** One row of {@code incident_events}; {@code payload} is JSON text. {@code seq} is 0 in a row not yet appended. */
public record IncidentEventRow(String incidentId, long seq, String kind, String actor, Instant at, String payload,
        boolean pinned) {

    /** An entry to append: the store numbers it. */
    public static IncidentEventRow draft(String kind, String actor, Instant at, String payload) {
        return new IncidentEventRow(null, 0, kind, actor, at, payload, false);
    }
}
