package dev.clio.engine.run.listen;

import dev.clio.engine.log.StructuredLog;
import dev.clio.engine.run.RunEvent;
import dev.clio.engine.run.RunEvent.ExecutionFinished;
import dev.clio.engine.run.RunEvent.ExecutionPaused;
import dev.clio.engine.run.RunEvent.ExecutionResumed;
import dev.clio.engine.run.RunEvent.ExecutionStarted;
import dev.clio.engine.run.RunEvent.StepFinished;
import dev.clio.engine.run.RunEvent.StepOutput;
import dev.clio.engine.run.RunEvent.StepRetrying;
import dev.clio.engine.run.RunEvent.StepSkipped;
import dev.clio.engine.run.RunEvent.StepStarted;
import dev.clio.engine.run.RunListener;
import dev.clio.engine.run.StepStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes run events to the structured log with the event names and fields the runbook's commands grep and
 * {@code jq} (the table is in {@code docs/logging.md}). Every line of an execution carries {@code workflow_name},
 * {@code execution_id} and {@code user_id}; the {@code tokens_used} field appears only on the line that ends an
 * execution, so summing it per day counts every token exactly once.
 *
 * <p>Thread-safe; step output lines are not logged (they belong to the step's artifacts and the store).
 */
public final class EventLogListener implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(EventLogListener.class);

    private final StructuredLog log;
    private final Map<String, RunState> runs = new ConcurrentHashMap<>();

    public EventLogListener(StructuredLog log) {
        this.log = log;
    }

    @Override
    public void onEvent(RunEvent event) {
        try {
            dispatch(event);
        } catch (RuntimeException e) {
            LOG.warn("Could not log run event {}: {}", event.getClass().getSimpleName(), e.toString());
        }
    }

    private void dispatch(RunEvent event) {
        switch (event) {
            case ExecutionStarted e -> started(e);
            case StepStarted e -> write(e, StructuredLog.INFO, "step_started", StepLines.started(run(e), e));
            case StepRetrying e -> write(e, StructuredLog.WARN, "step_retrying", StepLines.retrying(run(e), e));
            case StepFinished e -> stepFinished(e);
            case StepSkipped e -> write(e, StructuredLog.INFO, "step_skipped", StepLines.skipped(run(e), e));
            case StepOutput ignored -> { }
            case ExecutionPaused e -> write(e, StructuredLog.WARN, "workflow_paused", ExecutionLines.paused(run(e), e));
            case ExecutionResumed e -> write(e, StructuredLog.INFO, "workflow_resumed",
                    ExecutionLines.resumed(run(e)));
            case ExecutionFinished e -> finished(e);
        }
    }

    private void started(ExecutionStarted e) {
        RunState run = new RunState(e.executionId(), e.workflowName(),
                e.userId() == null || e.userId().isBlank() ? RunState.UNKNOWN_USER : e.userId(),
                RunState.budgetOrNull(e.budget()), e.dryRun());
        runs.put(e.executionId(), run);
        write(e, StructuredLog.INFO, e.dryRun() ? "workflow_dry_run_started" : "workflow_execution_started",
                ExecutionLines.started(run, e));
    }

    private void stepFinished(StepFinished e) {
        RunState run = run(e);
        if (e.cacheHit()) {
            write(e, StructuredLog.INFO, "cache_hit", StepLines.cacheHit(run, e));
        }
        write(e, StructuredLog.INFO, "step_duration", StepLines.duration(run, e));
        if (e.status() == StepStatus.FAILED) {
            write(e, StructuredLog.ERROR, "step_failed", StepLines.failed(run, e));
        }
    }

    private void finished(ExecutionFinished e) {
        RunState run = run(e);
        runs.remove(e.executionId());
        LogLine line = ExecutionLines.finished(run, e);
        if (run.dryRun()) {
            write(e, StructuredLog.INFO, "workflow_dry_run_finished", line);
            return;
        }
        switch (e.status()) {
            case SUCCEEDED -> write(e, StructuredLog.INFO, "workflow_completed", line);
            case FAILED -> write(e, StructuredLog.ERROR, "workflow_execution_failed", line);
            case CANCELLED -> write(e, StructuredLog.WARN, "workflow_execution_cancelled", line);
            case INTERRUPTED -> write(e, StructuredLog.WARN, "workflow_execution_interrupted", line);
            case RUNNING, PAUSED -> write(e, StructuredLog.WARN, "workflow_execution_" + e.status().label(), line);
        }
    }

    private void write(RunEvent event, String level, String name, LogLine line) {
        log.event(event.at(), level, name, line.fields());
    }

    private RunState run(RunEvent event) {
        return runs.computeIfAbsent(event.executionId(), id -> RunState.unseen(id, workflowName(event)));
    }

    private static String workflowName(RunEvent event) {
        return switch (event) {
            case StepStarted e -> e.workflowName();
            case StepRetrying e -> e.workflowName();
            case StepFinished e -> e.workflowName();
            case StepSkipped e -> e.workflowName();
            case ExecutionPaused e -> e.workflowName();
            case ExecutionResumed e -> e.workflowName();
            case ExecutionFinished e -> e.workflowName();
            case ExecutionStarted e -> e.workflowName();
            case StepOutput e -> null;
        };
    }
}
