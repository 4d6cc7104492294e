package dev.clio.engine.run;

import dev.clio.engine.expr.ConditionContext;
import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state machine of one execution. Event-driven: a step's completion (on its pool thread) releases its dependants
 * and starts ready steps, lowest file index first, while fewer than {@code parallelism} run. All state is guarded by
 * one lock; events are emitted while holding it so that listeners see them in state order.
 */
final class Scheduler {

    private final RunContext ctx;
    private final Dag dag;
    private final StepWorker worker;
    private final ExecutorService pool;
    private final ReentrantLock lock;
    private final Condition changed;
    private final StepResult[] results;
    private final int[] waiting;
    private final String[] blocked;
    private final PriorityQueue<Integer> ready = new PriorityQueue<>();
    private final Map<Integer, StepRun> running = new HashMap<>();
    private final Deque<Integer> paused = new ArrayDeque<>();
    private final CompletableFuture<ExecutionResult> done = new CompletableFuture<>();
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private boolean stopping;
    private ExecutionStatus stopStatus;
    private String error;
    private boolean anySkipped;
    private Instant startedAt;
    private Instant endedAt;
    private ScheduledFuture<?> workflowTimer;

    Scheduler(RunContext ctx, Dag dag, ExecutorService pool) {
        this.ctx = ctx;
        this.dag = dag;
        this.pool = pool;
        this.worker = new StepWorker(ctx);
        this.lock = ctx.emitter().lock();
        this.changed = lock.newCondition();
        this.results = new StepResult[dag.size()];
        this.waiting = new int[dag.size()];
        this.blocked = new String[dag.size()];
        for (int i = 0; i < dag.size(); i++) {
            results[i] = StepResult.pending(dag.step(i));
            waiting[i] = dag.dependencies(i).length;
        }
    }

    void start(Duration workflowTimeout) {
        lock.lock();
        try {
            startedAt = now();
            ctx.emitter().emit(new RunEvent.ExecutionStarted(ctx.executionId(), startedAt, ctx.workflow().name(),
                    ctx.options().workflowFile(), ctx.options().userId(), ctx.budget().budget(), false, dag.size()));
            if (workflowTimeout != null) {
                workflowTimer = ctx.timer().schedule(() -> stop(ExecutionStatus.FAILED,
                        "workflow timed out after " + StepWorker.human(workflowTimeout)),
                        workflowTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            for (int i = 0; i < dag.size(); i++) {
                if (waiting[i] == 0) {
                    ready.add(i);
                }
            }
            dispatch();
            checkDone();
        } finally {
            lock.unlock();
        }
    }

    private void dispatch() {
        while (status == ExecutionStatus.RUNNING && !stopping && running.size() < ctx.options().parallelism()
                && !ready.isEmpty()) {
            int i = ready.poll();
            StepWorker.Launch launch = launchOf(i);
            running.put(i, launch.handle());
            StepResult p = results[i];
            results[i] = new StepResult(p.stepId(), p.stepName(), p.actor(), null, StepStatus.RUNNING, 0, 0,
                    Duration.ZERO, null, List.of(), "", false);
            pool.execute(() -> completed(i, runGuarded(launch)));
        }
    }

    /** Even an Error must reach {@link #completed}, or the execution would never end. */
    private StepWorker.Completion runGuarded(StepWorker.Launch launch) {
        try {
            return worker.run(launch);
        } catch (Throwable e) {
            return new StepWorker.Completion(StepWorker.failed(launch.step(), null, 0, "internal error: " + e), false);
        }
    }

    private StepWorker.Launch launchOf(int i) {
        Step step = dag.step(i);
        Map<String, Object> with = ctx.templates().resolveMap(step.with());
        ConditionContext condition = step.when() == null ? null : conditionFor(i);
        Map<String, String> skippedEmits = new LinkedHashMap<>();
        if (anySkipped) {
            dag.ancestors(i).stream().filter(a -> results[a].status() == StepStatus.SKIPPED)
                    .forEach(a -> dag.step(a).emits().forEach(path -> skippedEmits.putIfAbsent(path,
                            dag.step(a).id())));
        }
        return new StepWorker.Launch(step, with, condition, skippedEmits, new StepRun());
    }

    private ConditionContext conditionFor(int i) {
        Map<String, StepStatus> finished = new HashMap<>();
        boolean previousOk = true;
        for (int j = 0; j < results.length; j++) {
            StepStatus s = results[j].status();
            if (s != StepStatus.PENDING && s != StepStatus.RUNNING) {
                finished.put(results[j].stepId(), s);
                previousOk &= j >= i || s == StepStatus.SUCCEEDED || s == StepStatus.SKIPPED;
            }
        }
        return new RunConditionContext(ctx.options().workspace(), ctx.inputs(), finished, previousOk);
    }

    private void completed(int i, StepWorker.Completion completion) {
        lock.lock();
        try {
            running.remove(i);
            StepResult r = completion.result();
            results[i] = r;
            emitOutcome(r);
            switch (r.status()) {
                case SUCCEEDED, SKIPPED -> release(i, null);
                case FAILED -> onFailure(i, r, completion.fatal());
                default -> release(i, "dependency " + r.stepId() + " was " + r.status().label());
            }
            dispatch();
            checkDone();
        } finally {
            lock.unlock();
        }
    }

    private void onFailure(int i, StepResult r, boolean fatal) {
        String message = "step " + r.stepId() + " failed: " + r.error();
        OnFail onFail = dag.step(i).onFail() == null ? OnFail.STOP : dag.step(i).onFail();
        if (fatal || onFail == OnFail.STOP) {
            stop(ExecutionStatus.FAILED, fatal ? r.error() : message);
        } else if (onFail == OnFail.CONTINUE) {
            error = error == null ? message : error;
            release(i, "dependency " + r.stepId() + " failed");
        } else if (!stopping) {
            paused.add(i);
            if (status == ExecutionStatus.RUNNING) {
                setStatus(ExecutionStatus.PAUSED);
                ctx.emitter().emit(new RunEvent.ExecutionPaused(ctx.executionId(), now(), ctx.workflow().name(),
                        r.stepId(), message));
            }
        }
    }

    /** Counts {@code i} done for its dependants; with a reason, they (and theirs) are skipped instead of run. */
    private void release(int first, String firstReason) {
        Deque<Integer> todo = new ArrayDeque<>(List.of(first));
        Deque<String> reasons = new ArrayDeque<>();
        reasons.add(firstReason == null ? "" : firstReason);
        while (!todo.isEmpty()) {
            int i = todo.poll();
            String reason = reasons.poll();
            for (int d : dag.dependants(i)) {
                if (!reason.isEmpty() && blocked[d] == null) {
                    blocked[d] = reason;
                }
                if (--waiting[d] == 0) {
                    if (blocked[d] == null) {
                        ready.add(d);
                    } else {
                        skip(d, blocked[d]);
                        todo.add(d);
                        reasons.add(blocked[d]);
                    }
                }
            }
        }
    }

    private void skip(int i, String reason) {
        results[i] = StepResult.skipped(dag.step(i), reason);
        emitOutcome(results[i]);
    }

    private void emitOutcome(StepResult r) {
        if (r.status() == StepStatus.SKIPPED) {
            anySkipped = true;
            ctx.emitter().emit(new RunEvent.StepSkipped(ctx.executionId(), now(), ctx.workflow().name(), r.stepId(),
                    r.stepName(), r.actor(), r.error()));
        } else {
            ctx.emitter().emit(new RunEvent.StepFinished(ctx.executionId(), now(), ctx.workflow().name(),
                    r.stepId(), r.stepName(), r.actor(), r.status(), r.attempts(), r.duration(), r.tokensUsed(),
                    r.error(), r.artifacts(), r.cacheHit()));
        }
    }

    /** Stops starting steps, cancels the running ones and ends as {@code end} once they have returned. */
    void stop(ExecutionStatus end, String reason) {
        lock.lock();
        try {
            if (status.isFinal() || stopping) {
                return;
            }
            stopping = true;
            stopStatus = end;
            error = reason;
            ready.clear();
            paused.clear();
            running.values().forEach(run -> run.cancel(reason));
            checkDone();
        } finally {
            lock.unlock();
        }
    }

    void resume() {
        lock.lock();
        try {
            if (status != ExecutionStatus.PAUSED || stopping) {
                throw new IllegalStateException("execution " + ctx.executionId() + " is " + status.label()
                        + ", not paused");
            }
            setStatus(ExecutionStatus.RUNNING);
            ctx.emitter().emit(new RunEvent.ExecutionResumed(ctx.executionId(), now(), ctx.workflow().name()));
            while (!paused.isEmpty()) {
                int i = paused.poll();
                results[i] = StepResult.pending(dag.step(i));
                ready.add(i);
            }
            dispatch();
            checkDone();
        } finally {
            lock.unlock();
        }
    }

    private void checkDone() {
        if (status.isFinal() || !running.isEmpty()) {
            return;
        }
        if (stopping) {
            for (int i = 0; i < results.length; i++) {
                if (results[i].status() == StepStatus.PENDING) {
                    skip(i, "not run: " + error);
                }
            }
            finish(stopStatus);
        } else if (status == ExecutionStatus.RUNNING && ready.isEmpty()) {
            boolean allDone = Arrays.stream(results).noneMatch(r -> r.status() == StepStatus.PENDING);
            if (!allDone && error == null) {
                error = "internal error: no step can start";
            }
            finish(error == null ? ExecutionStatus.SUCCEEDED : ExecutionStatus.FAILED);
        }
    }

    private void finish(ExecutionStatus end) {
        if (workflowTimer != null) {
            workflowTimer.cancel(false);
        }
        endedAt = now();
        setStatus(end);
        ExecutionResult result = snapshot();
        ctx.emitter().emit(new RunEvent.ExecutionFinished(ctx.executionId(), endedAt, ctx.workflow().name(), end,
                result.duration(), result.tokensUsed(), result.budget(), (int) result.count(StepStatus.SUCCEEDED),
                (int) (result.count(StepStatus.FAILED) + result.count(StepStatus.CANCELLED)),
                (int) result.count(StepStatus.SKIPPED), error));
        pool.shutdown();
        done.complete(result);
    }

    private void setStatus(ExecutionStatus next) {
        status = next;
        changed.signalAll();
    }

    ExecutionStatus status() {
        lock.lock();
        try {
            return status;
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until the execution is final or paused, or the timeout passes; returns the status then. */
    ExecutionStatus await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (!status.isFinal() && status != ExecutionStatus.PAUSED && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return status;
        } finally {
            lock.unlock();
        }
    }

    ExecutionResult snapshot() {
        lock.lock();
        try {
            Instant start = startedAt == null ? now() : startedAt;
            Instant end = endedAt == null ? now() : endedAt;
            return new ExecutionResult(ctx.executionId(), ctx.workflow().name(), status, error, ctx.budget().used(),
                    ctx.budget().budget(), StepWorker.since(start, end), List.of(results), null);
        } finally {
            lock.unlock();
        }
    }

    CompletableFuture<ExecutionResult> completion() {
        return done;
    }

    private Instant now() {
        return ctx.options().clock().instant();
    }
}
