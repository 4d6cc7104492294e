package dev.clio.engine.run;

import java.util.List;

/**
 * What a run would do, without doing it.
 *
 * @param order the order steps would start in with one step at a time
 * @param groups steps that may run together, layer by layer, each group at most {@code parallelism} wide
 * @param totalEstimatedTokens the sum of the steps' estimates
 * @param fitsBudget whether that sum is within the budget
 */
public record RunPlan(String workflowName, List<String> order, List<List<String>> groups, List<PlannedStep> steps,
        long totalEstimatedTokens, long budget, boolean fitsBudget, int parallelism) {

    public RunPlan {
        order = List.copyOf(order);
        groups = groups.stream().map(List::copyOf).toList();
        steps = List.copyOf(steps);
    }

    /** One step of the plan with its routing decision. */
    public record PlannedStep(String stepId, String stepName, String actor, List<String> dependsOn, String when,
            String adapter, String adapterType, String reasoning, long estimatedTokens, boolean available,
            String unavailableReason) {

        public PlannedStep {
            dependsOn = List.copyOf(dependsOn);
        }
    }
}
