package dev.clio.store;

import java.time.Instant;

/**
 * One stored runbook run. The store keeps the structured parts as JSON text it does not read; the Operations layer
 * writes and parses them.
 */
public record RunbookRunRow(String id, Instant at, String operator, String role, String runbookId, String stepId,
        String kind, String status, String verdict, String summary, String paramsJson, String secretParamsJson,
        String confirmation, String target, String environment, String digestJson, long durationMs) {
}
