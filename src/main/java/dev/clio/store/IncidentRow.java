package dev.clio.store;

import java.time.Instant;

/**
 * One row of {@code incidents}, as text and instants: the store knows no incident rules (see
 * {@code dev.clio.incident}). {@code alertValues} is JSON text or null.
 */
public record IncidentRow(String id, String title, String severity, String status, String impact, Instant startedAt,
        Instant endedAt, String rootCause, String resolution, String preventiveMeasures, String alertId,
        String alertSeverity, String alertValues, String declaredBy, Instant lastCommunicationAt, long revision,
        long lastSeq) {

    public IncidentRow withId(String value) {
        return new IncidentRow(value, title, severity, status, impact, startedAt, endedAt, rootCause, resolution,
                preventiveMeasures, alertId, alertSeverity, alertValues, declaredBy, lastCommunicationAt, revision,
                lastSeq);
    }
}
