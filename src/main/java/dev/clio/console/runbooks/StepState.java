package dev.clio.console.runbooks;

import dev.clio.ops.Runbooks.StepResult;
import dev.clio.runbook.RunbookStep;

/**
 * What one step's card shows at a moment.
 *
 * @param call the exact operation with its resolved arguments ({@code containers.restart container=web}), or the
 *     argv of a command step; empty for a manual step
 * @param problemOrNull why the step cannot run with the current parameter values
 * @param disabledReasonOrNull why this connection's key may not run it (a viewer key and a remediation)
 * @param resultOrNull the last run's result
 * @param suggested a verdict points here: the card is marked and scrolled to
 */
record StepState(RunbookStep step, String call, String problemOrNull, String disabledReasonOrNull, boolean running,
        StepResult resultOrNull, boolean suggested) {

    boolean runnable() {
        return problemOrNull == null && disabledReasonOrNull == null && !running
                && step.kind() != RunbookStep.StepKind.MANUAL;
    }

    StepState withResult(StepResult result) {
        return new StepState(step, call, problemOrNull, disabledReasonOrNull, false, result, suggested);
    }

    StepState running(boolean now) {
        return new StepState(step, call, problemOrNull, disabledReasonOrNull, now, resultOrNull, suggested);
    }

    StepState suggested(boolean now) {
        return new StepState(step, call, problemOrNull, disabledReasonOrNull, running, resultOrNull, now);
    }
}
