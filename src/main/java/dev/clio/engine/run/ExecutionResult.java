package dev.clio.engine.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an execution did, step by step (in file order). While the execution runs this is a snapshot.
 *
 * @param error why the execution failed or was cancelled, or null
 * @param plan the plan of a dry run, or null for a real run
 */
public record ExecutionResult(String executionId, String workflowName, ExecutionStatus status, String error,
        long tokensUsed, long budget, Duration duration, List<StepResult> steps, RunPlan plan) {

    public ExecutionResult {
        steps = List.copyOf(steps);
    }

    public Optional<StepResult> step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst();
    }

    public long count(StepStatus status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }
}
