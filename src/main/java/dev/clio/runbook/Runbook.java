package dev.clio.runbook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One procedure of the monitoring runbook as data (see docs/runbooks.md, "Format"): what it answers, its typed
 * parameters and its ordered steps. Immutable; built only by {@link RunbookLoader} from a valid document.
 *
 * @param responseTime the response-time target, or null when the file gives none
 * @param alerts alert rule ids (dev/clio/kpi/alerts.yaml) this runbook answers
 * @param kpis KPI ids (kpis.yaml); closed-loop verification watches the first
 * @param source {@code builtin} or {@code user}
 * @param file where it came from: {@code builtin:service-down.yaml} or the user file's path
 */
public record Runbook(String id, String title, Severity severity, Duration responseTime, List<String> alerts,
        List<String> kpis, List<String> symptoms, Map<String, RunbookParam> params, List<RunbookStep> steps,
        String source, String file) {

    public static final String BUILTIN = "builtin";
    public static final String USER = "user";

    public Runbook {
        alerts = List.copyOf(alerts);
        kpis = List.copyOf(kpis);
        symptoms = List.copyOf(symptoms);
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        steps = List.copyOf(steps);
    }

    public Optional<RunbookStep> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public List<RunbookStep> investigations() {
        return steps.stream().filter(s -> s.kind().readOnly(s)).toList();
    }

    /** The KPI that closed-loop verification watches, if any. */
    public Optional<String> primaryKpi() {
        return kpis.isEmpty() ? Optional.empty() : Optional.of(kpis.get(0));
    }

    /** Runbook severities: the alert severities of kpi/alerts.yaml plus info for procedures no alert pages. */
    public enum Severity {
        CRITICAL, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
