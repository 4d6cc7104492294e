package dev.clio.incident;

import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.ResolveRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import dev.clio.ops.OpsException;
import dev.clio.store.IncidentEventRow;
import dev.clio.store.IncidentRow;
import dev.clio.store.JdbcIncidentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The changes of an incident that its timeline must agree with: severity, status, resolution and the time of the last
 * communication. Each reads the incident, checks the rule against what it read, and writes the change and its entry
 * in one transaction only if nobody changed the incident meanwhile; otherwise it reads again and re-checks.
 */
final class Lifecycle {

    private static final int ATTEMPTS = 20;

    private final JdbcIncidentStore store;
    private final Clock clock;

    Lifecycle(JdbcIncidentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Incident severity(String id, Severity to, String why, String actor) {
        if (to == null) {
            throw OpsException.invalid("severity: required (critical, high, medium or low)");
        }
        return change(id, actor, EventKind.SEVERITY, r -> {
            if (r.severity().equals(to.label())) {
                throw conflict(id + " is already " + to.label());
            }
            return new Change(with(r, to.label(), r.status(), r.endedAt(), r.rootCause(), r.resolution(),
                    r.preventiveMeasures(), r.lastCommunicationAt()), fromTo(r.severity(), to.label(), why));
        });
    }

    /** Any open status may follow any other; resolved only through {@link #resolve}; from resolved, a reopen. */
    Incident status(String id, Status to, String why, String actor) {
        if (to == null) {
            throw OpsException.invalid("status: required (investigating, identified, monitoring)");
        }
        if (to == Status.RESOLVED) {
            throw OpsException.invalid("status: an incident is resolved with 'resolve' (root cause, resolution and "
                    + "preventive measures), not by a status change");
        }
        return change(id, actor, EventKind.STATUS, r -> {
            if (r.status().equals(to.label())) {
                throw conflict(id + " is already " + to.label());
            }
            boolean reopen = Status.RESOLVED.label().equals(r.status());
            Map<String, Object> payload = fromTo(r.status(), to.label(), why);
            payload.put("reopened", reopen);
            return new Change(with(r, r.severity(), to.label(), null, r.rootCause(), r.resolution(),
                    r.preventiveMeasures(), r.lastCommunicationAt()), payload);
        });
    }

    Incident resolve(String id, ResolveRequest fields, String actor) {
        return change(id, actor, EventKind.RESOLUTION, r -> {
            if (Status.RESOLVED.label().equals(r.status())) {
                throw conflict(id + " is already resolved (at " + r.endedAt() + "); reopen it with a status change "
                        + "first");
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("from", r.status());
            payload.put("root_cause", fields.rootCause());
            payload.put("resolution", fields.resolution());
            payload.put("preventive_measures", fields.preventiveMeasures());
            return new Change(with(r, r.severity(), Status.RESOLVED.label(), clock.instant(), fields.rootCause(),
                    fields.resolution(), fields.preventiveMeasures(), r.lastCommunicationAt()), payload);
        });
    }

    Event communication(String id, Map<String, Object> payload, String actor) {
        return write(id, actor, EventKind.COMMUNICATION, r -> new Change(with(r, r.severity(), r.status(),
                r.endedAt(), r.rootCause(), r.resolution(), r.preventiveMeasures(), clock.instant()), payload));
    }

    /** The incident as it is after the change. */
    private Incident change(String id, String actor, EventKind kind, Rule rule) {
        write(id, actor, kind, rule);
        return Rows.incident(IncidentService.guarded(() -> store.find(id)).orElseThrow(), clock.instant());
    }

    /** The entry the change wrote. */
    private Event write(String id, String actor, EventKind kind, Rule rule) {
        IncidentService.checkId(id);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            IncidentRow current = IncidentService.guarded(() -> store.find(id))
                    .orElseThrow(() -> OpsException.notFound("no incident " + id + "; 'incident list' shows the "
                            + "known ones"));
            Change change = rule.apply(current);
            Instant now = clock.instant();
            IncidentEventRow draft = IncidentEventRow.draft(kind.label(), actor, now, Rows.json(change.payload()));
            Optional<IncidentEventRow> row = IncidentService.guarded(() -> store.append(id, draft, change.row()));
            if (row.isPresent()) {
                return Rows.event(row.get());
            }
        }
        throw new OpsException(OpsException.Kind.CONFLICT, id + " is being changed by others right now; try again");
    }

    private static IncidentRow with(IncidentRow r, String severity, String status, Instant endedAt, String rootCause,
            String resolution, String preventive, Instant lastCommunication) {
        return new IncidentRow(r.id(), r.title(), severity, status, r.impact(), r.startedAt(), endedAt, rootCause,
                resolution, preventive, r.alertId(), r.alertSeverity(), r.alertValues(), r.declaredBy(),
                lastCommunication, r.revision(), r.lastSeq());
    }

    private static Map<String, Object> fromTo(String from, String to, String why) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("from", from);
        payload.put("to", to);
        payload.put("why", why);
        return payload;
    }

    private static OpsException conflict(String message) {
        return new OpsException(OpsException.Kind.CONFLICT, message);
    }

    private record Change(IncidentRow row, Map<String, Object> payload) {
    }

    @FunctionalInterface
    private interface Rule {
        Change apply(IncidentRow current);
    }
}
