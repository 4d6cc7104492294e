package dev.clio.store;

import java.time.Instant;

/** @param status running | succeeded | failed | skipped | cancelled | interrupted */
public record StepRecord(
        String executionId,
        String stepId,
        String stepName,
        String actor,
        int attempts,
        String status,
        long tokensUsed,
        String error,
        Instant startedAt,
        Instant endedAt) {
}
