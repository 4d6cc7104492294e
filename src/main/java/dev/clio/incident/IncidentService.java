package dev.clio.incident;

import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.EventPage;
import dev.clio.ops.Incidents.EventRequest;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.OpenRequest;
import dev.clio.ops.Incidents.ResolveRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import dev.clio.ops.OpsException;
import dev.clio.store.IncidentEventRow;
import dev.clio.store.IncidentRow;
import dev.clio.store.JdbcIncidentStore;
import dev.clio.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Incidents and their timelines: declaring, changing severity and status (who and why recorded as timeline entries),
 * appending typed entries, and reading them back. Every write has committed to the store when it returns, so what a
 * caller shows is durable. Thread-safe; blocks on the store.
 */
public final class IncidentService {

    /** How far in the future a start may lie (clock skew between a console and its server). */
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final int MAX_LIMIT = 1000;

    private final JdbcIncidentStore store;
    private final Clock clock;
    private final Lifecycle lifecycle;

    public IncidentService(JdbcIncidentStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        // the store keeps milliseconds: an entry handed back must equal the one read back later
        this.clock = Clock.tick(Objects.requireNonNull(clock, "clock"), Duration.ofMillis(1));
        this.lifecycle = new Lifecycle(store, this.clock);
    }

    /** Declares an incident, investigating, with a detection entry (the alert and its values, if any) as seq 1. */
    public Incident open(OpenRequest request, String actor) {
        if (request == null) {
            throw OpsException.invalid("request body: required, with at least title and severity");
        }
        String title = Texts.title(request.title());
        if (request.severity() == null) {
            throw OpsException.invalid("severity: required (critical, high, medium or low)");
        }
        String impact = Texts.optional("impact", request.impact());
        Instant now = clock.instant();
        Instant start = request.startedAt() == null ? now
                : request.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (start.isAfter(now.plus(SKEW))) {
            throw OpsException.invalid("started_at: " + start + " is in the future; leave it out to start now");
        }
        var alert = request.sourceAlert();
        Map<String, Object> detection = new LinkedHashMap<>();
        detection.put("title", title);
        detection.put("severity", request.severity().label());
        detection.put("impact", impact);
        if (alert != null) {
            detection.put("alert_id", Texts.required("source_alert.alert_id", alert.alertId(), 200));
            detection.put("alert_severity", alert.severity());
            detection.put("values", alert.values());
        }
        IncidentRow row = new IncidentRow(null, title, request.severity().label(), Status.INVESTIGATING.label(),
                impact, start, null, null, null, null, alert == null ? null : alert.alertId(),
                alert == null ? null : alert.severity(), alert == null ? null : Rows.json(alert.values()), actor,
                null, 1, 1);
        IncidentRow stored = guarded(() -> store.create(IncidentIds.base(now), row,
                IncidentEventRow.draft(EventKind.DETECTION.label(), actor, now, Rows.json(detection))));
        return Rows.incident(stored, clock.instant());
    }

    public Incident get(String id) {
        return Rows.incident(row(id), clock.instant());
    }

    /** The newest first. */
    public List<Incident> list(int limit) {
        int n = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
        Instant now = clock.instant();
        return guarded(() -> store.list(n)).stream().map(r -> Rows.incident(r, now)).toList();
    }

    /** The entries after {@code sinceSeq} (0 for all), of one kind or (null) every kind. */
    public EventPage events(String id, long sinceSeq, EventKind kind) {
        Incident incident = get(id);
        List<Event> events = guarded(() -> store.events(id, Math.max(0, sinceSeq),
                kind == null ? null : kind.label())).stream().map(Rows::event).toList();
        return new EventPage(incident, events);
    }

    /** Appends an entry of an {@link EventKind#appendable() appendable} kind; a note needs a {@code text}. */
    public Event record(String id, EventRequest request, String actor) {
        if (request == null || request.kind() == null) {
            throw OpsException.invalid("kind: required (" + appendableKinds() + ")");
        }
        if (!request.kind().appendable()) {
            throw OpsException.invalid("kind: '" + request.kind().label() + "' entries are written by their own call ("
                    + "severity, status, resolve, note edit, communication sent); appendable kinds are "
                    + appendableKinds());
        }
        Map<String, Object> payload = request.payload() == null ? Map.of() : request.payload();
        if (request.kind() == EventKind.NOTE) {
            payload = Map.of("text", Texts.required("payload.text", text(payload.get("text"))));
        }
        return append(id, request.kind(), actor, payload, null);
    }

    /** Adds a note. */
    public Event note(String id, String text, String actor) {
        return record(id, new EventRequest(EventKind.NOTE, Map.of("text", Texts.required("text", text))), actor);
    }

    /** Records an edit of note {@code seq}: the note keeps its first text, the edit entry the new one. */
    public Event editNote(String id, long seq, String text, String actor) {
        String value = Texts.required("text", text);
        Event note = event(id, seq);
        if (note.kind() != EventKind.NOTE) {
            throw OpsException.invalid("seq: entry " + seq + " of " + id + " is a " + note.kind().label()
                    + " entry; only notes can be edited");
        }
        String previous = Notes.current(events(id, 0, EventKind.NOTE_EDIT).events(), note);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("note_seq", seq);
        payload.put("text", value);
        payload.put("previous", previous);
        return append(id, EventKind.NOTE_EDIT, actor, payload, null);
    }

    public Event pin(String id, long seq, boolean pinned) {
        row(id);
        if (!guarded(() -> store.pin(id, seq, pinned))) {
            throw OpsException.notFound(id + " has no timeline entry " + seq);
        }
        return event(id, seq);
    }

    public Incident changeSeverity(String id, Severity severity, String why, String actor) {
        return lifecycle.severity(id, severity, Texts.optional("why", why), actor);
    }

    public Incident changeStatus(String id, Status status, String why, String actor) {
        return lifecycle.status(id, status, Texts.optional("why", why), actor);
    }

    public Incident resolve(String id, ResolveRequest request, String actor) {
        if (request == null) {
            throw OpsException.invalid("request body: required, with root_cause, resolution and "
                    + "preventive_measures");
        }
        return lifecycle.resolve(id, new ResolveRequest(Texts.required("root_cause", request.rootCause()),
                Texts.required("resolution", request.resolution()),
                Texts.required("preventive_measures", request.preventiveMeasures())), actor);
    }

    /** Records that a filled communication was sent; the next update falls due 30 minutes later. */
    public Event communicationSent(String id, String templateId, String name, String text, String channel,
            String actor) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("template", Texts.required("template", templateId, 100));
        payload.put("name", name);
        payload.put("channel", Texts.optional("channel", channel, 100));
        payload.put("text", Texts.required("text", text));
        return lifecycle.communication(id, payload, actor);
    }

    public Event event(String id, long seq) {
        row(id);
        return guarded(() -> store.event(id, seq)).map(Rows::event)
                .orElseThrow(() -> OpsException.notFound(id + " has no timeline entry " + seq));
    }

    Event append(String id, EventKind kind, String actor, Map<String, ?> payload, IncidentRow changed) {
        String json = Rows.json(payload);
        IncidentEventRow draft = IncidentEventRow.draft(kind.label(), actor, clock.instant(), json);
        return guarded(() -> store.append(checkId(id), draft, changed)).map(Rows::event)
                .orElseThrow(() -> OpsException.notFound(missing(id)));
    }

    IncidentRow row(String id) {
        return guarded(() -> store.find(checkId(id))).orElseThrow(() -> OpsException.notFound(missing(id)));
    }

    static String checkId(String id) {
        if (!IncidentIds.valid(id)) {
            String shown = id == null ? "" : id.replaceAll("\\p{Cntrl}", "?");
            throw OpsException.invalid("incident id: '" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                    + "' is not an incident id (INC-YYYYMMDDHHMMSS, maybe with -2, -3 …)");
        }
        return id;
    }

    private static String missing(String id) {
        return "no incident " + id + "; 'incident list' shows the known ones";
    }

    static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (StoreException e) {
            throw OpsException.unavailable("the incident store: " + e.getMessage());
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static String appendableKinds() {
        return String.join(", ", java.util.Arrays.stream(EventKind.values()).filter(EventKind::appendable)
                .map(EventKind::label).toList());
    }
}
