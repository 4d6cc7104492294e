package dev.clio.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import dev.clio.ops.Incidents.Timing;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import dev.clio.store.IncidentEventRow;
import dev.clio.store.IncidentRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Store rows to incident records and back; payloads are JSON text in the store, maps in the records. */
final class Rows {

    /** The largest payload accepted, as JSON. */
    static final int MAX_PAYLOAD_CHARS = 64 * 1024;
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Rows() {
    }

    static Incident incident(IncidentRow r, Instant now) {
        Severity severity = Severity.parse(r.severity());
        Timing timing = Timings.of(severity, r.startedAt(), r.endedAt(), r.lastCommunicationAt(), now);
        Incidents.SourceAlert alert = r.alertId() == null ? null
                : new Incidents.SourceAlert(r.alertId(), r.alertSeverity(), map(r.alertValues()));
        return new Incident(r.id(), r.title(), severity, Status.parse(r.status()), r.impact(), r.startedAt(),
                r.endedAt(), r.rootCause(), r.resolution(), r.preventiveMeasures(), alert, r.declaredBy(),
                r.revision(), r.lastSeq(), timing, Timings.followUps(severity, timing));
    }

    static Event event(IncidentEventRow r) {
        return new Event(r.incidentId(), r.seq(), EventKind.parse(r.kind()), r.actor(), r.at(), map(r.payload()),
                r.pinned());
    }

    /** @throws OpsException INVALID_REQUEST when the payload cannot be JSON or is too large */
    static String json(Map<String, ?> payload) {
        try {
            String text = OpsJson.mapper().writeValueAsString(payload == null ? Map.of() : payload);
            if (text.length() > MAX_PAYLOAD_CHARS) {
                throw OpsException.invalid("payload: " + text.length() + " characters of JSON; at most "
                        + MAX_PAYLOAD_CHARS + " are kept per timeline entry (keep digests, not whole outputs)");
            }
            return text;
        } catch (JsonProcessingException e) {
            throw OpsException.invalid("payload: cannot be written as JSON (" + e.getOriginalMessage() + ")");
        }
    }

    static Map<String, Object> map(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return OpsJson.mapper().readValue(json, MAP);
        } catch (JsonProcessingException e) {
            // a row another version wrote badly must not hide the rest of the timeline
            return Map.of("unreadable_payload", json);
        }
    }
}
