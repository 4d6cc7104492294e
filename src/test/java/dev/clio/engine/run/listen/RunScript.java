package dev.clio.engine.run.listen;

import dev.clio.engine.run.ExecutionStatus;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes the event sequence a runner would emit for one execution, with a clock that advances with each step. */
public final class RunScript {

    private final String executionId;
    private final String workflow;
    private final Instant start;
    private final List<RunEvent> events = new ArrayList<>();
    private Instant now;
    private long budget;
    private long tokens;
    private int succeeded;
    private int failed;
    private int skipped;

    public RunScript(String executionId, String workflow, Instant start) {
        this.executionId = executionId;
        this.workflow = workflow;
        this.start = start;
        this.now = start;
    }

    public RunScript start(String user, long tokenBudget, int steps) {
        budget = tokenBudget;
        events.add(new ExecutionStarted(executionId, now, workflow, ".ai/workflows/" + workflow + ".yaml", user,
                tokenBudget, false, steps));
        return this;
    }

    public RunScript step(String id, String name, String actor, double seconds, long stepTokens,
            String... artifacts) {
        events.add(new StepStarted(executionId, now, workflow, id, name, actor, actor, 1, stepTokens));
        events.add(new StepOutput(executionId, now.plusMillis(1), id, "working on " + name));
        advance(seconds);
        tokens += stepTokens;
        succeeded++;
        events.add(new StepFinished(executionId, now, workflow, id, name, actor, StepStatus.SUCCEEDED, 1,
                millis(seconds), stepTokens, null, List.of(artifacts), false));
        return this;
    }

    public RunScript cachedStep(String id, String name, String actor) {
        events.add(new StepStarted(executionId, now, workflow, id, name, actor, actor, 1, 0));
        succeeded++;
        events.add(new StepFinished(executionId, now, workflow, id, name, actor, StepStatus.SUCCEEDED, 1,
                Duration.ZERO, 0, null, List.of(), true));
        return this;
    }

    /** A step that fails on its first attempt, is retried after {@code delaySeconds}, and fails again. */
    public RunScript failingStep(String id, String name, String actor, double seconds, long stepTokens,
            String firstError, double delaySeconds, String finalError, String... artifacts) {
        events.add(new StepStarted(executionId, now, workflow, id, name, actor, actor, 1, stepTokens));
        advance(seconds / 2);
        events.add(new StepRetrying(executionId, now, workflow, id, name, actor, 2, millis(delaySeconds),
                firstError));
        events.add(new StepStarted(executionId, now, workflow, id, name, actor, actor, 2, stepTokens));
        advance(seconds / 2);
        tokens += stepTokens;
        failed++;
        events.add(new StepFinished(executionId, now, workflow, id, name, actor, StepStatus.FAILED, 2,
                millis(seconds), stepTokens, finalError, List.of(artifacts), false));
        return this;
    }

    public RunScript skip(String id, String name, String actor, String reason) {
        skipped++;
        events.add(new StepSkipped(executionId, now, workflow, id, name, actor, reason));
        return this;
    }

    public RunScript pauseAndResume(String stepId, String reason, double waitSeconds) {
        events.add(new ExecutionPaused(executionId, now, workflow, stepId, reason));
        advance(waitSeconds);
        events.add(new ExecutionResumed(executionId, now, workflow));
        return this;
    }

    public RunScript finish(ExecutionStatus status, String error) {
        advance(0.01);
        events.add(new ExecutionFinished(executionId, now, workflow, status, Duration.between(start, now), tokens,
                budget, succeeded, failed, skipped, error));
        return this;
    }

    public List<RunEvent> events() {
        return List.copyOf(events);
    }

    public void playTo(RunListener listener) {
        events.forEach(listener::onEvent);
    }

    private void advance(double seconds) {
        now = now.plus(millis(seconds));
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
