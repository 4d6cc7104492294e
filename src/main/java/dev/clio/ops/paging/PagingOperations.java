package dev.clio.ops.paging;

import dev.clio.integrations.paging.PagerDutyClient;
import dev.clio.integrations.paging.PagingEvent;
import dev.clio.ops.ForwardingOperations;
import dev.clio.ops.Incidents;
import dev.clio.ops.Operations;
import java.net.URI;

/**
 * Operations that page on incident changes (docs/monitoring.md, "Paging"): declaring an incident triggers, an
 * acknowledgement entry or moving to identified or monitoring acknowledges, resolving resolves, and reopening
 * triggers again, each with dedup key = the incident id. The incident call has committed before paging starts, and a
 * paging failure never fails it: every attempt's outcome is a {@code paging} entry in the incident's timeline, written
 * by the same caller. Blocks while PagerDuty is retried (bounded); the UI calls it off its thread anyway.
 */
public final class PagingOperations extends ForwardingOperations {

    private final PagingNotifier notifier;

    PagingOperations(Operations delegate, PagingNotifier notifier) {
        super(delegate);
        this.notifier = notifier;
    }

    /**
     * The Operations that page through {@code endpoint} (null: PagerDuty's) with this routing key, or {@code ops}
     * itself when there is no key.
     *
     * @param source what PagerDuty shows as the event's source, e.g. {@code cli-orchestrator prod-eu}
     * @throws IllegalArgumentException when the endpoint is not http(s)
     */
    public static Operations wrap(Operations ops, URI endpointOrNull, String routingKeyOrNull, String source) {
        if (routingKeyOrNull == null || routingKeyOrNull.isBlank()) {
            return ops;
        }
        PagerDutyClient client = new PagerDutyClient(endpointOrNull == null ? PagerDutyClient.DEFAULT_ENDPOINT
                : endpointOrNull, routingKeyOrNull);
        return new PagingOperations(ops, new PagingNotifier(ops, client, source));
    }

    @Override
    public Incidents.Incident openIncident(Incidents.OpenRequest request) {
        Incidents.Incident opened = delegate.openIncident(request);
        return notifier.notify(opened, PagingEvents.trigger(opened, notifier.source())) ? delegate.incident(
                opened.id()) : opened;
    }

    @Override
    public Incidents.Event recordIncidentEvent(String id, Incidents.EventRequest request) {
        Incidents.Event event = delegate.recordIncidentEvent(id, request);
        if (request.kind() == Incidents.EventKind.ACKNOWLEDGEMENT) {
            notifier.notify(delegate.incident(id), PagingEvent.acknowledge(id));
        }
        return event;
    }

    @Override
    public Incidents.Incident changeIncidentStatus(String id, Incidents.Status status, String why) {
        boolean wasResolved = delegate.incident(id).resolved();
        Incidents.Incident changed = delegate.changeIncidentStatus(id, status, why);
        PagingEvent event = wasResolved || status == Incidents.Status.INVESTIGATING
                ? PagingEvents.trigger(changed, notifier.source()) : PagingEvent.acknowledge(id);
        return notifier.notify(changed, event) ? delegate.incident(id) : changed;
    }

    @Override
    public Incidents.Incident resolveIncident(String id, Incidents.ResolveRequest request) {
        Incidents.Incident resolved = delegate.resolveIncident(id, request);
        return notifier.notify(resolved, PagingEvent.resolve(id)) ? delegate.incident(id) : resolved;
    }
}
