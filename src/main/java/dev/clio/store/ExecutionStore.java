package dev.clio.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable record of workflow executions, their steps and artifacts. Every call commits before it returns, so a process
 * killed at any point leaves a consistent store; {@link #markRunningAsInterrupted()} on the next start turns executions
 * that were left {@code running} into {@code interrupted}.
 */
public interface ExecutionStore extends AutoCloseable {

    void executionStarted(String executionId, String workflowName, String workflowFile, String userId,
            boolean dryRun, Instant at);

    void executionFinished(String executionId, String status, long tokensUsed, String error, Instant at);

    /** Sets a non-final status such as {@code paused} or {@code running}. */
    void executionStatus(String executionId, String status);

    void stepStarted(String executionId, String stepId, String stepName, String actor, int attempt, Instant at);

    void stepFinished(String executionId, String stepId, String status, long tokensUsed, String error, Instant at);

    void artifactRecorded(String executionId, String stepId, String path, long sizeBytes, Instant at);

    Optional<ExecutionRecord> execution(String executionId);

    List<ExecutionRecord> recentExecutions(int limit);

    List<StepRecord> steps(String executionId);

    /** Turns every execution still marked running (a crashed process) into interrupted; returns how many. */
    int markRunningAsInterrupted();

    @Override
    void close();
}
