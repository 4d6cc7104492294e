package dev.clio.runbook;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks;
import dev.clio.ops.Runbooks.StepResult;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Writes each step result to the shared run history (and so the audit log) through {@link Operations}, and to the
 * timeline of the incident being worked on, when there is one.
 */
final class RunHistory {

    private final Operations ops;
    private final String target;
    private final Clock clock;
    private final boolean recording;
    private volatile Supplier<String> incident = () -> null;

    RunHistory(Operations ops, String target, Clock clock, boolean recording) {
        this.ops = ops;
        this.target = target;
        this.clock = clock;
        this.recording = recording;
    }

    /** Where runs are also recorded: the id of the active incident, or null for none; asked at each run. */
    void incident(Supplier<String> activeIncidentIdOrNull) {
        incident = activeIncidentIdOrNull;
    }

    /** Appends the run to the history and audit log; a failure to record is said in the summary, not thrown. */
    StepResult record(Runbook runbook, Confirmation c, StepResult r) {
        if (!recording) {
            return r;
        }
        var run = new Runbooks.RunRecord(null, clock.instant(), null, null, r.runbookId(), r.stepId(), r.kind(),
                r.status(), r.verdict(), r.summary(), r.params(), ParamResolver.secretNames(runbook),
                c == null ? null : c.text(), c == null ? target : c.target(), c == null ? null : c.environment(),
                r.digest(), r.durationMs());
        StepResult out = r;
        try {
            ops.recordRunbookRun(run);
        } catch (OpsException e) {
            out = withNote(out, "not recorded in the run history: " + e.getMessage());
        }
        String incidentId = incident.get();
        if (incidentId != null) {
            try {
                ops.recordIncidentEvent(incidentId, IncidentEntries.runbookStep(r, c));
            } catch (OpsException e) {
                out = withNote(out, "not recorded in incident " + incidentId + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static StepResult withNote(StepResult r, String note) {
        return new StepResult(r.runbookId(), r.stepId(), r.kind(), r.status(), r.verdict(), r.summary() + " (" + note
                + ")", r.next(), r.operation(), r.display(), r.digest(), r.durationMs(), r.params());
    }
}
