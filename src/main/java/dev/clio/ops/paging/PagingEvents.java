package dev.clio.ops.paging;

import dev.clio.integrations.paging.PagingEvent;
import dev.clio.ops.Incidents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An incident as a PagerDuty trigger: the summary, source, severity and details an on-call engineer sees first. */
final class PagingEvents {

    private PagingEvents() {
    }

    /** critical → critical, high → error, medium → warning, low → info. */
    static String severity(Incidents.Severity severity) {
        return switch (severity) {
            case CRITICAL -> "critical";
            case HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "info";
        };
    }

    static PagingEvent trigger(Incidents.Incident incident, String source) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("incident_id", incident.id());
        details.put("severity", incident.severity().label());
        details.put("status", incident.status().label());
        details.put("respond_within", incident.severity().responseTime());
        if (incident.impact() != null && !incident.impact().isBlank()) {
            details.put("impact", incident.impact());
        }
        details.put("declared_by", incident.declaredBy());
        if (incident.sourceAlert() != null) {
            details.put("source_alert", incident.sourceAlert().alertId());
        }
        String summary = incident.id() + " [" + incident.severity().label() + "] " + incident.title();
        return new PagingEvent(PagingEvent.Action.TRIGGER, incident.id(), summary, source,
                severity(incident.severity()), incident.startedAt(), details, List.of());
    }
}
