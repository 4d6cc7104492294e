package dev.clio.engine.run;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A handle on one started execution. Thread-safe; every method returns at once except {@link #await(Duration)}.
 * End states: {@code SUCCEEDED}, {@code FAILED} (a step failed, the budget or the workflow timeout was hit),
 * {@code CANCELLED} ({@link #cancel()}); {@code PAUSED} waits for {@link #resume()} or {@link #cancel()}.
 */
public final class Execution {

    private final String id;
    private final Scheduler scheduler;
    private final ExecutionResult finished;

    Execution(String id, Scheduler scheduler) {
        this.id = id;
        this.scheduler = scheduler;
        this.finished = null;
    }

    /** An execution that is over before it is returned (a dry run). */
    Execution(String id, ExecutionResult finished) {
        this.id = id;
        this.scheduler = null;
        this.finished = finished;
    }

    /** {@code exec_} followed by 12 random hex digits. */
    public String id() {
        return id;
    }

    public ExecutionStatus status() {
        return scheduler == null ? finished.status() : scheduler.status();
    }

    /**
     * Blocks until the execution is final or paused, or {@code timeout} passes, and returns the status at that moment
     * ({@code RUNNING} when the time ran out).
     */
    public ExecutionStatus await(Duration timeout) throws InterruptedException {
        return scheduler == null ? finished.status() : scheduler.await(timeout);
    }

    /** Cooperative: running steps are interrupted (their adapters stop their processes), the rest skipped. */
    public void cancel() {
        cancel("cancelled by user");
    }

    /** {@link #cancel()} with the reason recorded as the execution's error and the skipped steps' reason. */
    public void cancel(String reason) {
        if (scheduler != null) {
            scheduler.stop(ExecutionStatus.CANCELLED, reason);
        }
    }

    /** Re-runs the step that paused the execution; throws {@link IllegalStateException} unless paused. */
    public void resume() {
        if (scheduler == null) {
            throw new IllegalStateException("execution " + id + " is " + finished.status().label() + ", not paused");
        }
        scheduler.resume();
    }

    /** The per-step results so far; final once {@link #status()} is final. */
    public ExecutionResult result() {
        return scheduler == null ? finished : scheduler.snapshot();
    }

    /** Completes with the final result. */
    public CompletableFuture<ExecutionResult> completion() {
        return scheduler == null ? CompletableFuture.completedFuture(finished) : scheduler.completion();
    }

    /** The plan, for a dry run. */
    public Optional<RunPlan> plan() {
        return Optional.ofNullable(result().plan());
    }
}
