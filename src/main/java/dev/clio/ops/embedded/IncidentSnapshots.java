package dev.clio.ops.embedded;

import dev.clio.incident.IncidentService;
import dev.clio.ops.Incidents;
import dev.clio.ops.Metrics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KPI snapshots an incident records by itself (docs/incidents.md): the values at declaration and at resolution,
 * written as {@code kpi-snapshot} entries by the side that owns the store, so the CLI, the console and API clients all
 * get them. A KPI that cannot be read does not stop the incident: the entry is left out and the reason logged.
 */
final class IncidentSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentSnapshots.class);

    private IncidentSnapshots() {
    }

    static void record(IncidentService incidents, String incidentId, String label,
            Supplier<Metrics.KpiSnapshot> kpis, String actor) {
        Metrics.KpiSnapshot snapshot;
        try {
            snapshot = kpis.get();
        } catch (RuntimeException e) {
            LOG.warn("incident {}: no KPI snapshot at {}: {}", incidentId, label, e.getMessage());
            return;
        }
        incidents.record(incidentId, entry(label, snapshot), actor);
    }

    /** {@code {label, taken_at, values: {kpi: value}, units: {kpi: unit}}}; a KPI without a value is "no data". */
    static Incidents.EventRequest entry(String label, Metrics.KpiSnapshot snapshot) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> units = new LinkedHashMap<>();
        for (Metrics.KpiReading r : snapshot.readings()) {
            values.put(r.id(), r.value() == null ? "no data" : r.value());
            if (r.unit() != null && !r.unit().isEmpty()) {
                units.put(r.id(), r.unit());
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("label", label);
        payload.put("taken_at", snapshot.takenAt() == null ? null : snapshot.takenAt().toString());
        payload.put("values", values);
        payload.put("units", units);
        return new Incidents.EventRequest(Incidents.EventKind.KPI_SNAPSHOT, payload);
    }
}
