package dev.clio.store.diagnostics;

import java.time.Duration;

/** A session waiting for a lock that another session holds. */
public record LockWait(long blockedPid, long blockingPid, String blockedStatement, String blockingStatement,
        String blockingState, Duration waiting) {
}
