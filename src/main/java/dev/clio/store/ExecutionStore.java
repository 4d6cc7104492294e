package dev.clio.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable record of workflow executions, their steps and artifacts. Every call commits before it returns, so a process
 * killed at any point leaves a consistent store; {@link #markRunningAsInterrupted()} on the next start turns executions
 * that were left {@code running} into {@code interrupted}. Implementations are thread-safe.
 *
 * <p>The read queries added after the first version have default implementations that throw
 * {@link UnsupportedOperationException}, so that simple in-memory stores used in tests keep compiling.
 */
public interface ExecutionStore extends AutoCloseable {

    /** Records a new execution as {@code running}; an id that is already recorded is an error. */
    void executionStarted(String executionId, String workflowName, String workflowFile, String userId,
            boolean dryRun, Instant at);

    /** Records the final status (succeeded, failed, cancelled or interrupted) and the execution's total tokens. */
    void executionFinished(String executionId, String status, long tokensUsed, String error, Instant at);

    /** Sets a non-final status such as {@code paused} or {@code running}. */
    void executionStatus(String executionId, String status);

    /**
     * Records that attempt {@code attempt} (1 for the first) of a step started; a later attempt updates the same step
     * row (attempts = N, status running again).
     */
    void stepStarted(String executionId, String stepId, String stepName, String actor, int attempt, Instant at);

    /**
     * Records how the current attempt of a started step ended. {@code tokensUsed} is what this attempt used: it is
     * added to the step's total, so tokens spent by failed attempts that were retried still count.
     */
    void stepFinished(String executionId, String stepId, String status, long tokensUsed, String error, Instant at);

    void artifactRecorded(String executionId, String stepId, String path, long sizeBytes, Instant at);

    Optional<ExecutionRecord> execution(String executionId);

    /** Newest first. */
    List<ExecutionRecord> recentExecutions(int limit);

    /** In step start order. */
    List<StepRecord> steps(String executionId);

    /**
     * Turns every execution still marked running or paused whose process is gone (a crash) into interrupted, with
     * its running steps; returns how many executions. Executions of live processes are left alone.
     */
    int markRunningAsInterrupted();

    /** Records a step that never started (its {@code when} was false, or a dependency failed) as skipped. */
    default void stepSkipped(String executionId, String stepId, String stepName, String actor, String reason,
            Instant at) {
        throw new UnsupportedOperationException("stepSkipped is not supported by " + getClass().getSimpleName());
    }

    /** Newest first, for one workflow name. */
    default List<ExecutionRecord> recentExecutions(String workflowName, int limit) {
        throw new UnsupportedOperationException("recentExecutions(name) is not supported by "
                + getClass().getSimpleName());
    }

    /** Failed or interrupted executions started at or after {@code since}, newest first. */
    default List<ExecutionRecord> recentFailures(Instant since, int limit) {
        throw new UnsupportedOperationException("recentFailures is not supported by " + getClass().getSimpleName());
    }

    /** Artifacts of one execution, in the order they were recorded. */
    default List<ArtifactRecord> artifacts(String executionId) {
        throw new UnsupportedOperationException("artifacts is not supported by " + getClass().getSimpleName());
    }

    /**
     * One entry per UTC day for the {@code days} days ending with the day of {@code now} (oldest first, days without
     * executions included with zeros), counting real executions only: dry runs are left out.
     */
    default List<DailyStat> dailyStats(int days, Instant now) {
        throw new UnsupportedOperationException("dailyStats is not supported by " + getClass().getSimpleName());
    }

    /** Success rate and average duration of the real executions started in {@code [from, to)}. */
    default WindowStats windowStats(Instant from, Instant to) {
        throw new UnsupportedOperationException("windowStats is not supported by " + getClass().getSimpleName());
    }

    @Override
    void close();
}
