package dev.clio.store;

import java.time.Instant;

/** An artifact a step wrote; {@code path} is workspace-relative as the runner reported it. */
public record ArtifactRecord(long id, String workflowName, String executionId, String stepId, String path,
        long sizeBytes, Instant createdAt) {
}
