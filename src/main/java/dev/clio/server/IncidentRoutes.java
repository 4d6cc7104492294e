package dev.clio.server;

import dev.clio.ops.Incidents;
import dev.clio.ops.Operation;
import dev.clio.ops.OpsException;
import java.util.List;
import java.util.Map;

/** The incident rows of the route table ({@link Routes} adds them): {@code /api/v1/incidents…}. */
final class IncidentRoutes {

    static final String BASE = Routes.API + "/incidents";
    private static final String ONE = BASE + "/{id}";
    private static final String EVENT = ONE + "/events/{seq}";

    private IncidentRoutes() {
    }

    static void add(List<Route> r) {
        r.add(Routes.post(BASE, Operation.INCIDENTS_OPEN, "Declare an incident (title, severity, impact, source_alert)",
                Incidents.OpenRequest.class, 201, (ops, c) -> created(ops.openIncident(
                        c.body(Incidents.OpenRequest.class)))));
        r.add(Routes.get(BASE, Operation.INCIDENTS_LIST, "Incidents, newest first",
                List.of(new Route.Param("limit", "integer", "1 to 1000 (default 50)")),
                (ops, c) -> Map.of("incidents", ops.incidents(c.limit(50, 1000)))));
        r.add(Routes.get(ONE, Operation.INCIDENTS_SHOW, "One incident with its timing (phase, next update due)",
                (ops, c) -> ops.incident(c.pathId("id"))));
        r.add(Routes.get(ONE + "/events", Operation.INCIDENTS_EVENTS,
                "Timeline entries after a seq, oldest first, with the incident (poll with the last seq seen)",
                List.of(new Route.Param("since", "integer", "only entries after this seq (default 0: all)"),
                        new Route.Param("kind", "string", "only entries of this kind, e.g. note, runbook-step")),
                (ops, c) -> ops.incidentEvents(c.pathId("id"), c.integer("since", 0, 0, Integer.MAX_VALUE),
                        kind(c.text("kind")))));
        r.add(Routes.post(ONE + "/events", Operation.INCIDENTS_RECORD,
                "Append a timeline entry (note, runbook-step, container-action, command …)",
                Incidents.EventRequest.class, 201, (ops, c) -> ops.recordIncidentEvent(c.pathId("id"),
                        c.body(Incidents.EventRequest.class))));
        r.add(Routes.post(EVENT + "/edit", Operation.INCIDENTS_EDIT_NOTE, "Edit a note (its history is kept)",
                Bodies.NoteText.class, 201, (ops, c) -> ops.editIncidentNote(c.pathId("id"), seq(c),
                        c.body(Bodies.NoteText.class).text())));
        r.add(Routes.post(EVENT + "/pin", Operation.INCIDENTS_PIN, "Pin or unpin a timeline entry", Bodies.Pin.class,
                200, (ops, c) -> ops.pinIncidentEvent(c.pathId("id"), seq(c),
                        !Boolean.FALSE.equals(c.body(Bodies.Pin.class).pinned()))));
        r.add(Routes.post(ONE + "/severity", Operation.INCIDENTS_SEVERITY, "Change the severity (why is recorded)",
                Bodies.SeverityChange.class, 200, (ops, c) -> {
                    Bodies.SeverityChange b = c.body(Bodies.SeverityChange.class);
                    return ops.changeIncidentSeverity(c.pathId("id"), b.severity(), b.why());
                }));
        r.add(Routes.post(ONE + "/status", Operation.INCIDENTS_STATUS,
                "Change the status: investigating, identified, monitoring (from resolved: reopen)",
                Bodies.StatusChange.class, 200, (ops, c) -> {
                    Bodies.StatusChange b = c.body(Bodies.StatusChange.class);
                    return ops.changeIncidentStatus(c.pathId("id"), b.status(), b.why());
                }));
        r.add(Routes.post(ONE + "/resolve", Operation.INCIDENTS_RESOLVE,
                "Resolve with root cause, resolution and preventive measures", Incidents.ResolveRequest.class, 200,
                (ops, c) -> ops.resolveIncident(c.pathId("id"), c.body(Incidents.ResolveRequest.class))));
        r.add(Routes.get(ONE + "/communications", Operation.INCIDENTS_COMMUNICATIONS,
                "The communication templates filled from the incident",
                (ops, c) -> Map.of("communications", ops.incidentCommunications(c.pathId("id")))));
        r.add(Routes.post(ONE + "/communications/{template}/sent", Operation.INCIDENTS_COMMUNICATION_SENT,
                "Record a communication as sent (text as sent, channel)", Bodies.Sent.class, 201, (ops, c) -> {
                    Bodies.Sent b = c.body(Bodies.Sent.class);
                    return ops.markCommunicationSent(c.pathId("id"), c.pathId("template"), b.text(), b.channel());
                }));
        r.add(Routes.get(ONE + "/report", Operation.INCIDENTS_REPORT, "The markdown report (deterministic)",
                (ops, c) -> ops.incidentReport(c.pathId("id"))));
    }

    private static Reply created(Incidents.Incident incident) {
        return new Reply(201, incident, Map.of("Location", BASE + "/" + incident.id()));
    }

    private static long seq(ApiCall c) {
        String text = c.pathId("seq");
        try {
            long seq = Long.parseLong(text);
            if (seq >= 1) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OpsException.invalid("seq: '" + text + "' is not a timeline entry number (1, 2, 3 …)");
    }

    private static Incidents.EventKind kind(String text) {
        return text == null ? null : Incidents.EventKind.parse(text);
    }
}
