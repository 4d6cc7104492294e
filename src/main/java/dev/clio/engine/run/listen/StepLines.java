package dev.clio.engine.run.listen;

import dev.clio.engine.run.RunEvent.StepFinished;
import dev.clio.engine.run.RunEvent.StepRetrying;
import dev.clio.engine.run.RunEvent.StepSkipped;
import dev.clio.engine.run.RunEvent.StepStarted;

/** The fields and messages of step lines. Per-step tokens are {@code step_tokens}, never {@code tokens_used}. */
final class StepLines {

    private StepLines() {
    }

    static LogLine started(RunState run, StepStarted e) {
        return LogLine.of(run).step(e.stepId(), e.stepName(), e.actor())
                .put("adapter", e.adapter())
                .put("attempt", e.attempt())
                .put("estimated_tokens", e.estimatedTokens())
                .message(GrepSafe.infoText("Step " + e.stepId() + " " + e.stepName() + " started on "
                        + (e.adapter() == null ? e.actor() : e.adapter())
                        + (e.attempt() > 1 ? " (attempt " + e.attempt() + ")" : "")));
    }

    static LogLine retrying(RunState run, StepRetrying e) {
        return LogLine.of(run).step(e.stepId(), e.stepName(), e.actor())
                .put("next_attempt", e.nextAttempt())
                .seconds("delay_seconds", e.delay())
                .put("error", GrepSafe.text(e.error()))
                .message(GrepSafe.text("Step " + e.stepId() + " " + e.stepName() + " will retry (attempt "
                        + e.nextAttempt() + ") in " + LogLine.secondsText(e.delay())));
    }

    static LogLine duration(RunState run, StepFinished e) {
        return LogLine.of(run).step(e.stepId(), e.stepName(), e.actor())
                .put("status", e.status().label())
                .put("attempts", e.attempts())
                .seconds("duration_seconds", e.duration())
                .put("step_tokens", e.tokensUsed())
                .put("cached", e.cacheHit())
                .list("artifacts", e.artifacts())
                .message(GrepSafe.infoText("Step " + e.stepId() + " " + e.stepName() + " " + e.status().label()
                        + " in " + LogLine.secondsText(e.duration())));
    }

    static LogLine failed(RunState run, StepFinished e) {
        String error = e.error() == null || e.error().isBlank() ? "step failed" : e.error();
        return LogLine.of(run).step(e.stepId(), e.stepName(), e.actor())
                .put("attempts", e.attempts())
                .put("error", GrepSafe.text(error))
                .message(GrepSafe.text("Step " + e.stepId() + " " + e.stepName() + " failed after " + e.attempts()
                        + (e.attempts() == 1 ? " attempt" : " attempts")));
    }

    static LogLine cacheHit(RunState run, StepFinished e) {
        return LogLine.of(run).step(e.stepId(), e.stepName(), e.actor())
                .message(GrepSafe.infoText("Step " + e.stepId() + " " + e.stepName() + " served from the cache"));
    }

    static LogLine skipped(RunState run, StepSkipped e) {
        return LogLine.of(run).step(e.stepId(), e.stepName(), e.actor())
                .put("reason", GrepSafe.infoText(e.reason()))
                .message(GrepSafe.infoText("Step " + e.stepId() + " " + e.stepName() + " skipped"));
    }
}
