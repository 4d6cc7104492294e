package dev.clio.engine.run.listen;

import dev.clio.engine.run.RunEvent;
import dev.clio.engine.run.RunEvent.ExecutionFinished;
import dev.clio.engine.run.RunEvent.ExecutionStarted;
import dev.clio.engine.run.RunEvent.StepFinished;
import dev.clio.engine.run.RunEvent.StepSkipped;
import dev.clio.engine.run.RunListener;
import dev.clio.engine.run.StepStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run events as Micrometer meters, named for Prometheus (see {@code docs/logging.md}, "Metrics"):
 * {@code workflow_executions_total{workflow,status}}, {@code workflow_duration_seconds{workflow,status}} and
 * {@code step_duration_seconds{actor,status}} histograms, {@code workflow_steps_total{actor,status}},
 * {@code tokens_used_total{workflow}}, {@code tokens_remaining{workflow}}, {@code artifacts_generated_total{outcome}}
 * and {@code cache_hits_total{actor}}. Status labels are the lower-case {@code ExecutionStatus}/{@code StepStatus}
 * names.
 *
 * <p>Thread-safe. Tokens are counted as each step finishes (so rates move during a long run) and topped up at the end
 * of the execution if its total is higher than the sum of its steps.
 */
public final class RunMetrics implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunMetrics.class);
    private static final Duration[] WORKFLOW_BUCKETS = seconds(1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600);
    private static final Duration[] STEP_BUCKETS = seconds(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300);

    private final MeterRegistry registry;
    private final TokenGauges remaining;
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();

    public RunMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.remaining = new TokenGauges(registry);
    }

    @Override
    public void onEvent(RunEvent event) {
        try {
            switch (event) {
                case ExecutionStarted e -> started(e);
                case StepFinished e -> stepFinished(e);
                case StepSkipped e -> steps(e.actor(), StepStatus.SKIPPED).increment();
                case ExecutionFinished e -> finished(e);
                default -> { }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not record metrics for {}: {}", event.getClass().getSimpleName(), e.toString());
        }
    }

    private void started(ExecutionStarted e) {
        executions.put(e.executionId(), new Execution(e.workflowName(), e.budget()));
        remaining.set(e.workflowName(), e.budget(), 0);
    }

    private void stepFinished(StepFinished e) {
        String status = e.status().label();
        steps(e.actor(), e.status()).increment();
        Timer.builder("step.duration").description("Duration of finished steps, retries included")
                .tags("actor", actor(e.actor()), "status", status).serviceLevelObjectives(STEP_BUCKETS)
                .register(registry).record(e.duration());
        if (e.cacheHit()) {
            Counter.builder("cache.hits").description("Steps served from the result cache")
                    .tag("actor", actor(e.actor())).register(registry).increment();
        }
        if (!e.artifacts().isEmpty()) {
            String outcome = e.status() == StepStatus.SUCCEEDED ? "success" : "failed";
            Counter.builder("artifacts.generated").description("Artifacts reported by finished steps")
                    .tag("outcome", outcome).register(registry).increment(e.artifacts().size());
        }
        Execution execution = executions.get(e.executionId());
        if (e.tokensUsed() > 0) {
            tokens(e.workflowName()).increment(e.tokensUsed());
        }
        if (execution != null) {
            long used = execution.tokens.addAndGet(Math.max(0, e.tokensUsed()));
            remaining.set(execution.workflow, execution.budget, used);
        }
    }

    private void finished(ExecutionFinished e) {
        Execution execution = executions.remove(e.executionId());
        long counted = execution == null ? 0 : execution.tokens.get();
        if (e.tokensUsed() > counted) {
            tokens(e.workflowName()).increment(e.tokensUsed() - counted);
        }
        String status = e.status().label();
        Counter.builder("workflow.executions").description("Finished workflow executions")
                .tags("workflow", e.workflowName(), "status", status).register(registry).increment();
        Timer.builder("workflow.duration").description("Duration of finished workflow executions")
                .tags("workflow", e.workflowName(), "status", status).serviceLevelObjectives(WORKFLOW_BUCKETS)
                .register(registry).record(e.duration());
        long budget = e.budget() > 0 ? e.budget() : execution == null ? 0 : execution.budget;
        remaining.set(e.workflowName(), budget, Math.max(counted, e.tokensUsed()));
    }

    private Counter steps(String actor, StepStatus status) {
        return Counter.builder("workflow.steps").description("Finished and skipped steps")
                .tags("actor", actor(actor), "status", status.label()).register(registry);
    }

    private Counter tokens(String workflow) {
        return Counter.builder("tokens.used").description("Tokens used by workflow steps")
                .tag("workflow", workflow).register(registry);
    }

    private static String actor(String actor) {
        return actor == null ? "unknown" : actor;
    }

    private static Duration[] seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofMillis(Math.round(values[i] * 1000));
        }
        return durations;
    }

    private record Execution(String workflow, long budget, AtomicLong tokens) {
        Execution(String workflow, long budget) {
            this(workflow, budget, new AtomicLong());
        }
    }
}
