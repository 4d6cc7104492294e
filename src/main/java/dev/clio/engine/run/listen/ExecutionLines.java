package dev.clio.engine.run.listen;

import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunEvent.ExecutionFinished;
import dev.clio.engine.run.RunEvent.ExecutionPaused;
import dev.clio.engine.run.RunEvent.ExecutionStarted;

/** The fields and messages of execution lines. */
final class ExecutionLines {

    private ExecutionLines() {
    }

    static LogLine started(RunState run, ExecutionStarted e) {
        return LogLine.of(run)
                .put("workflow_file", e.workflowFile())
                .put("token_budget", run.budget())
                .put("dry_run", e.dryRun())
                .put("step_count", e.stepCount())
                .message(GrepSafe.infoText("Workflow " + e.workflowName() + " started with " + e.stepCount()
                        + (e.stepCount() == 1 ? " step" : " steps") + (e.dryRun() ? " (dry run)" : "")));
    }

    static LogLine paused(RunState run, ExecutionPaused e) {
        return LogLine.of(run)
                .put("step_id", e.stepId())
                .put("reason", GrepSafe.text(e.reason()))
                .message(GrepSafe.text("Workflow " + run.workflowName() + " paused at step " + e.stepId()));
    }

    static LogLine resumed(RunState run) {
        return LogLine.of(run).message(GrepSafe.infoText("Workflow " + run.workflowName() + " resumed"));
    }

    private static Long budget(RunState run, ExecutionFinished e) {
        Long finalBudget = RunState.budgetOrNull(e.budget());
        return finalBudget != null ? finalBudget : run.budget();
    }

    /** The one line per execution that carries {@code tokens_used}: the execution's total. */
    static LogLine finished(RunState run, ExecutionFinished e) {
        LogLine line = LogLine.of(run)
                .put("status", e.status().label())
                .seconds("duration_seconds", e.duration())
                .put("tokens_used", Math.max(0, e.tokensUsed()))
                .put("token_budget", budget(run, e))
                .put("steps_succeeded", e.stepsSucceeded())
                .put("steps_failed", e.stepsFailed())
                .put("steps_skipped", e.stepsSkipped());
        if (e.status() != ExecutionStatus.SUCCEEDED) {
            String error = e.error() == null || e.error().isBlank() ? "workflow " + e.status().label() : e.error();
            line.put("error", GrepSafe.text(error));
        }
        String summary = "Workflow " + run.workflowName() + " " + e.status().label() + " after "
                + LogLine.secondsText(e.duration()) + " with " + Math.max(0, e.tokensUsed()) + " tokens";
        return line.message(e.status() == ExecutionStatus.SUCCEEDED ? GrepSafe.infoText(summary)
                : GrepSafe.text(summary));
    }
}
