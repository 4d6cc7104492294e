package dev.clio.engine.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything an execution reports while it runs. The runner emits these to {@link RunListener}s in order per
 * execution; listeners turn them into the structured log, metrics, progress lines and store records.
 */
public sealed interface RunEvent {

    String executionId();

    Instant at();

    /** @param budget the token budget in force; {@code userId} is the caller's identity (OS user or API key) */
    record ExecutionStarted(String executionId, Instant at, String workflowName, String workflowFile, String userId,
            long budget, boolean dryRun, int stepCount) implements RunEvent {
    }

    /** @param adapter the adapter the router chose (may differ from the actor) */
    record StepStarted(String executionId, Instant at, String workflowName, String stepId, String stepName,
            String actor, String adapter, int attempt, long estimatedTokens) implements RunEvent {
    }

    record StepRetrying(String executionId, Instant at, String workflowName, String stepId, String stepName,
            String actor, int nextAttempt, Duration delay, String error) implements RunEvent {
    }

    /** @param status SUCCEEDED, FAILED or CANCELLED for a step that started */
    record StepFinished(String executionId, Instant at, String workflowName, String stepId, String stepName,
            String actor, StepStatus status, int attempts, Duration duration, long tokensUsed, String error,
            List<String> artifacts, boolean cacheHit) implements RunEvent {
        public StepFinished {
            artifacts = List.copyOf(artifacts);
        }
    }

    record StepSkipped(String executionId, Instant at, String workflowName, String stepId, String stepName,
            String actor, String reason) implements RunEvent {
    }

    /** A line of output from a running step. */
    record StepOutput(String executionId, Instant at, String stepId, String line) implements RunEvent {
    }

    record ExecutionPaused(String executionId, Instant at, String workflowName, String stepId, String reason)
            implements RunEvent {
    }

    record ExecutionResumed(String executionId, Instant at, String workflowName) implements RunEvent {
    }

    record ExecutionFinished(String executionId, Instant at, String workflowName, ExecutionStatus status,
            Duration duration, long tokensUsed, long budget, int stepsSucceeded, int stepsFailed, int stepsSkipped,
            String error) implements RunEvent {
    }
}
