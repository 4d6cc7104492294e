package dev.clio.runbook;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks;
import dev.clio.ops.Runbooks.StepResult;
import java.time.Clock;

/** Writes each step result to the shared run history (and so the audit log) through {@link Operations}. */
final class RunHistory {

    private final Operations ops;
    private final String target;
    private final Clock clock;
    private final boolean recording;

    RunHistory(Operations ops, String target, Clock clock, boolean recording) {
        this.ops = ops;
        this.target = target;
        this.clock = clock;
        this.recording = recording;
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
        try {
            ops.recordRunbookRun(run);
            return r;
        } catch (OpsException e) {
            return new StepResult(r.runbookId(), r.stepId(), r.kind(), r.status(), r.verdict(), r.summary()
                    + " (not recorded in the run history: " + e.getMessage() + ")", r.next(), r.operation(),
                    r.display(), r.digest(), r.durationMs(), r.params());
        }
    }
}
