package dev.clio.ops.paging;

import dev.clio.integrations.paging.PagerDutyClient;
import dev.clio.integrations.paging.PagingEvent;
import dev.clio.integrations.paging.PagingException;
import dev.clio.integrations.paging.PagingResult;
import dev.clio.ops.Incidents;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends one paging event and records its outcome as a {@code paging} timeline entry; never throws. */
final class PagingNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(PagingNotifier.class);

    private final Operations ops;
    private final PagerDutyClient client;
    private final String source;

    PagingNotifier(Operations ops, PagerDutyClient client, String source) {
        this.ops = ops;
        this.client = client;
        this.source = source;
    }

    String source() {
        return source;
    }

    /** @return whether a timeline entry was written (the incident's revision moved) */
    boolean notify(Incidents.Incident incident, PagingEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", event.action().label());
        payload.put("dedup_key", event.dedupKey());
        payload.put("endpoint", client.endpoint());
        try {
            PagingResult result = client.send(event);
            payload.put("result", "sent");
            payload.put("message", result.message());
            payload.put("attempts", result.attempts());
        } catch (PagingException e) {
            LOG.warn("paging {} of {} failed: {}", event.action().label(), incident.id(), e.getMessage());
            payload.put("result", "failed");
            payload.put("error", e.getMessage());
            payload.put("attempts", e.attempts());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            payload.put("result", "failed");
            payload.put("error", "paging was cancelled before the paging service answered");
        }
        try {
            ops.recordIncidentEvent(incident.id(), new Incidents.EventRequest(Incidents.EventKind.PAGING, payload));
            return true;
        } catch (OpsException e) {
            LOG.warn("cannot record the paging outcome of {}: {}", incident.id(), e.getMessage());
            return false;
        }
    }
}
