package dev.clio.ops.embedded;

import dev.clio.engine.run.ExecutionResult;
import dev.clio.engine.run.RunPlan;
import dev.clio.engine.run.StepResult;
import dev.clio.ops.OpsException;
import dev.clio.ops.Workflows;
import dev.clio.store.ExecutionRecord;
import dev.clio.store.ExecutionStore;
import dev.clio.store.StepRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the Operations' execution records from the store, overlaid with the live state of running ones. */
final class ExecutionViews {

    private final ExecutionStore store;
    private final LiveExecutions live;

    ExecutionViews(ExecutionStore store, LiveExecutions live) {
        this.store = store;
        this.live = live;
    }

    /** @throws OpsException NOT_FOUND when neither this process nor the store knows the id */
    Workflows.Execution view(String id) {
        Optional<LiveExecutions.Live> running = live.get(id);
        Optional<ExecutionRecord> record = store.execution(id);
        if (running.isEmpty() && record.isEmpty()) {
            throw OpsException.notFound("no execution " + id + "; list recent ones with history");
        }
        List<StepRecord> stored = store.steps(id);
        if (running.isPresent()) {
            return live(running.get(), record.orElse(null), stored);
        }
        return stored(record.get(), stored.stream().map(ExecutionViews::step).toList());
    }

    /** A history row: the stored record with the live status, without steps (read them with {@link #view}). */
    Workflows.Execution row(ExecutionRecord r) {
        Optional<LiveExecutions.Live> running = live.get(r.executionId());
        if (running.isPresent()) {
            return live(running.get(), r, List.of());
        }
        return stored(r, List.of());
    }

    Workflows.Execution live(LiveExecutions.Live l, ExecutionRecord record, List<StepRecord> stored) {
        ExecutionResult result = l.execution().result();
        Map<String, StepRecord> byId = stored.stream().collect(Collectors.toMap(StepRecord::stepId,
                Function.identity(), (a, b) -> a));
        List<Workflows.StepState> steps = result.steps().stream().map(s -> step(s, byId.get(s.stepId()))).toList();
        Instant started = record == null ? l.startedAt() : record.startedAt();
        Instant ended = null;
        if (result.status().isFinal()) {
            // the handle can be final a moment before the store has recorded the end
            ended = record != null && record.endedAt() != null ? record.endedAt() : started.plus(result.duration());
        }
        return new Workflows.Execution(l.execution().id(), result.workflowName(), l.workflowFile(),
                result.status().label(), result.plan() != null, l.userId(), result.tokensUsed(), result.error(),
                started, ended, steps);
    }

    private static Workflows.Execution stored(ExecutionRecord r, List<Workflows.StepState> steps) {
        return new Workflows.Execution(r.executionId(), r.workflowName(), r.workflowFile(), r.status(), r.dryRun(),
                r.userId(), r.tokensUsed(), r.error(), r.startedAt(), r.endedAt(), steps);
    }

    private static Workflows.StepState step(StepRecord s) {
        return new Workflows.StepState(s.stepId(), s.stepName(), s.actor(), s.status(), s.attempts(), s.tokensUsed(),
                s.error(), s.startedAt(), s.endedAt());
    }

    private static Workflows.StepState step(StepResult s, StepRecord stored) {
        return new Workflows.StepState(s.stepId(), s.stepName(), s.actor(), s.status().label(), s.attempts(),
                s.tokensUsed(), s.error(), stored == null ? null : stored.startedAt(),
                stored == null ? null : stored.endedAt());
    }

    static Workflows.Plan plan(RunPlan p) {
        List<Workflows.PlannedStep> steps = p.steps().stream().map(s -> new Workflows.PlannedStep(s.stepId(),
                s.stepName(), s.actor(), s.adapter(), s.reasoning(), s.estimatedTokens(), s.available())).toList();
        return new Workflows.Plan(p.workflowName(), p.groups(), steps, p.totalEstimatedTokens(), p.budget(),
                p.fitsBudget());
    }
}
