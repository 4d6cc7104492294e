package dev.clio.engine.run;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one step of an execution.
 *
 * @param adapter the adapter that ran it, or null when it never started
 * @param error the failure message, or the skip reason for a skipped step; null on success
 */
public record StepResult(String stepId, String stepName, String actor, String adapter, StepStatus status,
        int attempts, long tokensUsed, Duration duration, String error, List<String> artifacts, String output,
        boolean cacheHit) {

    public StepResult {
        artifacts = List.copyOf(artifacts);
    }

    static StepResult pending(dev.clio.engine.workflow.Step step) {
        return new StepResult(step.id(), step.name(), step.actor(), null, StepStatus.PENDING, 0, 0, Duration.ZERO,
                null, List.of(), "", false);
    }

    static StepResult skipped(dev.clio.engine.workflow.Step step, String reason) {
        return new StepResult(step.id(), step.name(), step.actor(), null, StepStatus.SKIPPED, 0, 0, Duration.ZERO,
                reason, List.of(), "", false);
    }
}
