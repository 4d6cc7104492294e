package dev.clio.runbook;

import dev.clio.ops.Incidents;
import dev.clio.ops.Runbooks.StepResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step run as an incident timeline entry ({@code runbook-step}, docs/incidents.md): what ran, with which
 * (already redacted) parameters, the confirmation typed, the verdict, and the first and last lines of the result.
 */
public final class IncidentEntries {

    private IncidentEntries() {
    }

    public static Incidents.EventRequest runbookStep(StepResult r, Confirmation confirmationOrNull) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("runbook", r.runbookId());
        p.put("step", r.stepId());
        p.put("kind", r.kind());
        p.put("operation", r.operation());
        p.put("params", r.params());
        if (confirmationOrNull != null) {
            p.put("confirmation", confirmationOrNull.text());
            p.put("target", confirmationOrNull.target());
            p.put("environment", confirmationOrNull.environment());
        }
        p.put("status", r.status());
        p.put("verdict", r.verdict());
        p.put("summary", r.summary());
        p.put("duration_ms", r.durationMs());
        if (r.digest() != null) {
            Map<String, Object> digest = new LinkedHashMap<>();
            digest.put("lines", r.digest().lines());
            digest.put("first", r.digest().first());
            digest.put("last", r.digest().last());
            digest.put("sha256", r.digest().sha256());
            p.put("digest", digest);
        }
        return new Incidents.EventRequest(Incidents.EventKind.RUNBOOK_STEP, p);
    }

    /** A closed-loop verification as a {@code verification} entry: the KPI, the outcome, and the values around it. */
    public static Incidents.EventRequest verification(String runbookId, String stepId, Verification.Result v) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("runbook", runbookId);
        p.put("step", stepId);
        p.put("kpi", v.kpiId());
        p.put("outcome", v.outcome().label());
        p.put("before", v.before() == null ? null : v.before().value());
        p.put("after", v.after() == null ? null : v.after().value());
        p.put("summary", v.summary());
        return new Incidents.EventRequest(Incidents.EventKind.VERIFICATION, p);
    }
}
