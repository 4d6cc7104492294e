package dev.clio.engine.run;

import dev.clio.common.concurrent.Threads;
import dev.clio.engine.workflow.Workflow;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs workflows. Thread-safe and meant to be shared: {@link #start} returns at once; each execution runs its steps
 * on its own pool of {@code parallelism} daemon threads (created through {@link Threads}) and shares this runner's
 * timer thread for step and workflow timeouts. Listeners are called on those threads. Close the runner to stop the
 * timer; executions still running keep running but no longer time out.
 */
public final class WorkflowRunner implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StepRouter router;
    private final WhenEvaluator when;
    private final ScheduledExecutorService timer = Threads.scheduler("clio-run-timer", 1);

    public WorkflowRunner(StepRouter router, WhenEvaluator when) {
        this.router = router;
        this.when = when;
    }

    /** A runner over a registry's adapters with the standard {@code when} language. */
    public static WorkflowRunner of(dev.clio.engine.adapter.AdapterRegistry registry) {
        return new WorkflowRunner(new RegistryRouter(registry), new StandardWhen());
    }

    /**
     * Starts an execution (or, with {@code dryRun}, plans it and returns it finished). Throws
     * {@link IllegalArgumentException} with a one-line message when the steps' dependencies are unknown or cyclic.
     */
    public Execution start(Workflow workflow, RunOptions options) {
        Dag dag = Dag.of(workflow);
        RunContext ctx = context(workflow, options, newId());
        if (options.dryRun()) {
            return dryRun(ctx, dag);
        }
        int parallelism = options.parallelism();
        ExecutorService pool = Threads.bounded("clio-step-" + ctx.executionId().substring(5, 11), parallelism,
                dag.size() + 2 * parallelism);
        Scheduler scheduler = new Scheduler(ctx, dag, pool);
        scheduler.start(workflowTimeout(workflow, options));
        return new Execution(ctx.executionId(), scheduler);
    }

    /** What {@link #start} would do, without running anything or emitting events. */
    public RunPlan plan(Workflow workflow, RunOptions options) {
        return RunPlanner.plan(context(workflow, options, "exec_plan"), Dag.of(workflow));
    }

    private Execution dryRun(RunContext ctx, Dag dag) {
        RunPlan plan = RunPlanner.plan(ctx, dag);
        RunOptions options = ctx.options();
        var started = options.clock().instant();
        String name = ctx.workflow().name();
        ctx.emitter().emit(new RunEvent.ExecutionStarted(ctx.executionId(), started, name, options.workflowFile(),
                options.userId(), ctx.budget().budget(), true, dag.size()));
        List<StepResult> steps = ctx.workflow().steps().stream().map(s -> StepResult.skipped(s, "dry run")).toList();
        String error = plan.fitsBudget() ? null : "Token budget exceeded: used 0 + estimated "
                + plan.totalEstimatedTokens() + " > budget " + plan.budget();
        ExecutionStatus status = error == null ? ExecutionStatus.SUCCEEDED : ExecutionStatus.FAILED;
        var ended = options.clock().instant();
        ExecutionResult result = new ExecutionResult(ctx.executionId(), name, status, error, 0, plan.budget(),
                StepWorker.since(started, ended), steps, plan);
        ctx.emitter().emit(new RunEvent.ExecutionFinished(ctx.executionId(), ended, name, status, result.duration(),
                0, plan.budget(), 0, 0, steps.size(), error));
        return new Execution(ctx.executionId(), result);
    }

    private RunContext context(Workflow workflow, RunOptions options, String id) {
        Map<String, Object> inputs = new LinkedHashMap<>(workflow.inputs());
        inputs.putAll(options.inputs());
        List<RunListener> listeners = new ArrayList<>();
        if (options.store() != null) {
            listeners.add(new StoreRecorder(options.store(), options.workspace().root()));
        }
        listeners.addAll(options.listeners());
        String date = LocalDate.now(options.clock().withZone(ZoneOffset.UTC)).toString();
        Templates templates = new Templates(inputs, date, id, workflow.name());
        StepCache cache = workflow.policy().enableCaching() && options.settings().cacheEnabled()
                ? new StepCache(options.workspace().root(), options.clock(), options.settings().cacheTtl())
                : null;
        return new RunContext(id, workflow, options, router, when, new Emitter(listeners),
                new TokenBudget(budget(workflow, options)), cache, timer, inputs, templates);
    }

    /** The caller's override, else {@code policy.max_tokens}, else the settings' default. */
    static long budget(Workflow workflow, RunOptions options) {
        if (options.maxTokens() != null) {
            return options.maxTokens();
        }
        Long policy = workflow.policy().maxTokens();
        return policy != null ? policy : options.settings().maxTokensDefault();
    }

    private static Duration workflowTimeout(Workflow workflow, RunOptions options) {
        if (options.workflowTimeout() != null) {
            return options.workflowTimeout();
        }
        Integer minutes = workflow.policy().timeoutMinutes();
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    private static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "exec_" + HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        Threads.shutdown(timer, 1000);
    }
}
