package dev.clio.engine.run.listen;

/**
 * What a listener remembers about an execution between its events: the identity every log line repeats, so that the
 * runbook's {@code grep "workflow_execution" | jq .user_id} never meets a line without a user. A dry run is logged
 * under its own event names so that the runbook's execution counts (workflow_completed per day) stay real runs.
 */
record RunState(String executionId, String workflowName, String userId, Long budget, boolean dryRun) {

    static final String UNKNOWN_USER = "unknown";

    /** State for an execution whose start this listener never saw (for example one resumed after a restart). */
    static RunState unseen(String executionId, String workflowName) {
        return new RunState(executionId, workflowName, UNKNOWN_USER, null, false);
    }

    /** The budget as logged: null when the run has none (zero, negative or unlimited). */
    static Long budgetOrNull(long budget) {
        return budget <= 0 || budget == Long.MAX_VALUE ? null : budget;
    }
}
