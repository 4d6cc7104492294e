package dev.clio.ops.remote;

import dev.clio.integrations.api.ApiClient;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.OpsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The incident calls as requests to {@code /api/v1/incidents…}; the server checks every value in its own words. */
final class IncidentRequests {

    private final ApiClient api;
    private final RemoteOperations.Lists lists;

    IncidentRequests(ApiClient api, RemoteOperations.Lists lists) {
        this.api = api;
        this.lists = lists;
    }

    Incident open(Incidents.OpenRequest request) {
        return post(RemotePaths.INCIDENTS, request, Incident.class);
    }

    List<Incident> list(int limit) {
        return lists.list(api.get(RemotePaths.INCIDENTS, Queries.limit(limit)), "incidents", Incident.class);
    }

    Incident get(String id) {
        return api.read(api.get(RemotePaths.incident(id, ""), Map.of()).body(), Incident.class);
    }

    Incidents.EventPage events(String id, long sinceSeq, Incidents.EventKind kind) {
        Map<String, String> query = new LinkedHashMap<>();
        if (sinceSeq > 0) {
            query.put("since", Long.toString(sinceSeq));
        }
        query.put("kind", kind == null ? null : kind.label());
        return api.read(api.get(RemotePaths.incident(id, "/events"), query).body(), Incidents.EventPage.class);
    }

    Event record(String id, Incidents.EventRequest request) {
        return post(RemotePaths.incident(id, "/events"), request, Event.class);
    }

    Event editNote(String id, long seq, String text) {
        return post(RemotePaths.incident(id, "/events/" + seq(seq) + "/edit"), body("text", text), Event.class);
    }

    Event pin(String id, long seq, boolean pinned) {
        return post(RemotePaths.incident(id, "/events/" + seq(seq) + "/pin"), Map.of("pinned", pinned), Event.class);
    }

    Incident severity(String id, Incidents.Severity severity, String why) {
        Map<String, Object> body = body("why", why);
        body.put("severity", severity);
        return post(RemotePaths.incident(id, "/severity"), body, Incident.class);
    }

    Incident status(String id, Incidents.Status status, String why) {
        Map<String, Object> body = body("why", why);
        body.put("status", status);
        return post(RemotePaths.incident(id, "/status"), body, Incident.class);
    }

    Incident resolve(String id, Incidents.ResolveRequest request) {
        return post(RemotePaths.incident(id, "/resolve"), request, Incident.class);
    }

    List<Incidents.Communication> communications(String id) {
        return lists.list(api.get(RemotePaths.incident(id, "/communications"), Map.of()), "communications",
                Incidents.Communication.class);
    }

    Event sent(String id, String templateId, String text, String channel) {
        Map<String, Object> body = body("text", text);
        body.put("channel", channel);
        return post(RemotePaths.incident(id, "/communications/" + RemotePaths.part("template", templateId)
                + "/sent"), body, Event.class);
    }

    Incidents.Report report(String id) {
        return api.read(api.get(RemotePaths.incident(id, "/report"), Map.of()).body(), Incidents.Report.class);
    }

    private <T> T post(String path, Object body, Class<T> type) {
        return api.read(api.post(path, body).body(), type);
    }

    private static Map<String, Object> body(String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, value);
        return body;
    }

    private static long seq(long seq) {
        if (seq < 1) {
            throw OpsException.invalid("seq: " + seq + " is not a timeline entry number (1, 2, 3 …)");
        }
        return seq;
    }
}
