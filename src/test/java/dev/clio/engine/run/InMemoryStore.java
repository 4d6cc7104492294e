package dev.clio.engine.run;

import dev.clio.store.ExecutionRecord;
import dev.clio.store.ExecutionStore;
import dev.clio.store.StepRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A test-only store that keeps records in memory and a log of the calls. */
final class InMemoryStore implements ExecutionStore {

    final List<String> calls = new ArrayList<>();
    private final Map<String, ExecutionRecord> executions = new LinkedHashMap<>();
    private final Map<String, Map<String, StepRecord>> steps = new LinkedHashMap<>();

    @Override
    public synchronized void executionStarted(String id, String name, String file, String user, boolean dryRun,
            Instant at) {
        calls.add("executionStarted " + id);
        executions.put(id, new ExecutionRecord(id, name, file, user, dryRun, "running", 0, null, at, null));
    }

    @Override
    public synchronized void executionFinished(String id, String status, long tokens, String error, Instant at) {
        calls.add("executionFinished " + status);
        ExecutionRecord r = executions.get(id);
        executions.put(id, new ExecutionRecord(id, r.workflowName(), r.workflowFile(), r.userId(), r.dryRun(),
                status, tokens, error, r.startedAt(), at));
    }

    @Override
    public synchronized void executionStatus(String id, String status) {
        calls.add("executionStatus " + status);
        ExecutionRecord r = executions.get(id);
        executions.put(id, new ExecutionRecord(id, r.workflowName(), r.workflowFile(), r.userId(), r.dryRun(),
                status, r.tokensUsed(), r.error(), r.startedAt(), r.endedAt()));
    }

    @Override
    public synchronized void stepStarted(String id, String stepId, String name, String actor, int attempt,
            Instant at) {
        calls.add("stepStarted " + stepId + " " + attempt);
        steps.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(stepId,
                new StepRecord(id, stepId, name, actor, attempt, "running", 0, null, at, null));
    }

    @Override
    public synchronized void stepFinished(String id, String stepId, String status, long tokens, String error,
            Instant at) {
        calls.add("stepFinished " + stepId + " " + status);
        Map<String, StepRecord> of = steps.computeIfAbsent(id, k -> new LinkedHashMap<>());
        StepRecord r = of.get(stepId);
        if (r == null) {
            throw new IllegalStateException("no step " + stepId + " (record stepStarted first)");
        }
        of.put(stepId, new StepRecord(id, stepId, r == null ? null : r.stepName(), r == null ? null : r.actor(),
                r == null ? 0 : r.attempts(), status, tokens, error, r == null ? at : r.startedAt(), at));
    }

    @Override
    public synchronized void stepSkipped(String id, String stepId, String name, String actor, String reason,
            Instant at) {
        calls.add("stepSkipped " + stepId);
        steps.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(stepId,
                new StepRecord(id, stepId, name, actor, 0, "skipped", 0, reason, null, at));
    }

    @Override
    public synchronized void artifactRecorded(String id, String stepId, String path, long size, Instant at) {
        calls.add("artifact " + stepId + " " + path + " " + size);
    }

    @Override
    public synchronized Optional<ExecutionRecord> execution(String id) {
        return Optional.ofNullable(executions.get(id));
    }

    @Override
    public synchronized List<ExecutionRecord> recentExecutions(int limit) {
        return new ArrayList<>(executions.values()).subList(0, Math.min(limit, executions.size()));
    }

    @Override
    public synchronized List<StepRecord> steps(String id) {
        return List.copyOf(steps.getOrDefault(id, Map.of()).values());
    }

    @Override
    public synchronized int markRunningAsInterrupted() {
        return 0;
    }

    @Override
    public void close() {
    }
}
