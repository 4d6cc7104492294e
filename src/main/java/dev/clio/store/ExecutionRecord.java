package dev.clio.store;

import java.time.Instant;

/** @param status running | paused | succeeded | failed | cancelled | interrupted */
public record ExecutionRecord(
        String executionId,
        String workflowName,
        String workflowFile,
        String userId,
        boolean dryRun,
        String status,
        long tokensUsed,
        String error,
        Instant startedAt,
        Instant endedAt) {
}
