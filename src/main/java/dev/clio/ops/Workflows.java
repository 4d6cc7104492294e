package dev.clio.ops;

import dev.clio.engine.workflow.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records of the workflow calls ("Workflow Execution Failures", "Schema Validation Failed"). */
public final class Workflows {

    private Workflows() {
    }

    public record Summary(String file, String name, int steps, boolean valid, int errors, int warnings) {
    }

    public record Verification(String file, boolean valid, List<Diagnostic> diagnostics) {
        public Verification {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A workflow file's text, for the editor; {@code file} is workspace-relative. */
    public record Source(String file, String text) {
    }

    /** @param workflowFile relative to the workspace's {@code .ai/workflows} or to the workspace root */
    public record ExecuteRequest(String workflowFile, boolean dryRun, String files, String lane, Long maxTokens,
            Map<String, String> inputs) {
        public ExecuteRequest {
            inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        }
    }

    /** @param status running | paused | succeeded | failed | cancelled | interrupted */
    public record Execution(String executionId, String workflowName, String workflowFile, String status,
            boolean dryRun, String userId, long tokensUsed, String error, Instant startedAt, Instant endedAt,
            List<StepState> steps) {
        public Execution {
            steps = List.copyOf(steps);
        }

        /** The original API's {@code success}: true once the execution has succeeded (false while running). */
        public boolean success() {
            return "succeeded".equals(status);
        }
    }

    public record StepState(String stepId, String name, String actor, String status, int attempts, long tokensUsed,
            String error, Instant startedAt, Instant endedAt) {
    }

    /** The engine's dry-run plan. */
    public record Plan(String workflowName, List<List<String>> parallelGroups, List<PlannedStep> steps,
            long estimatedTokens, long budget, boolean withinBudget) {
        public Plan {
            parallelGroups = parallelGroups.stream().map(List::copyOf).toList();
            steps = List.copyOf(steps);
        }
    }

    public record PlannedStep(String stepId, String name, String actor, String adapter, String routing,
            long estimatedTokens, boolean available) {
    }

    /** Result of {@code HEALTH_CHECK.yaml} verified and planned as a dry run. */
    public record HealthCheck(String status, Verification verification, Plan plan) {
    }
}
