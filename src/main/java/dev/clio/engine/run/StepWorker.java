package dev.clio.engine.run;

import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.expr.ConditionContext;
import dev.clio.engine.workflow.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one step on a pool thread: skip checks ({@code when}, outputs of skipped steps), routing, cache, budget, then
 * the attempts with retry and timeout. Blocks for as long as the adapter runs; returns instead of throwing.
 */
final class StepWorker {

    private static final Logger LOG = LoggerFactory.getLogger(StepWorker.class);

    /** What the scheduler hands over when it launches a step; {@code skippedEmits} maps path to skipped step id. */
    record Launch(Step step, Map<String, Object> with, ConditionContext condition, Map<String, String> skippedEmits,
            StepRun handle) {
    }

    /** @param fatal true when the whole execution must fail (token budget) whatever the step's on_fail says */
    record Completion(StepResult result, boolean fatal) {
    }

    private final RunContext ctx;
    private final Attempts attempts;

    StepWorker(RunContext ctx) {
        this.ctx = ctx;
        this.attempts = new Attempts(ctx);
    }

    Completion run(Launch launch) {
        launch.handle().bind();
        try {
            return execute(launch);
        } catch (RuntimeException e) {
            LOG.warn("step {} failed unexpectedly", launch.step().id(), e);
            return new Completion(failed(launch.step(), null, 0, "internal error: " + e), false);
        } finally {
            launch.handle().unbind();
        }
    }

    private Completion execute(Launch launch) {
        Step step = launch.step();
        Optional<String> missing = neededOutputOfSkippedStep(launch);
        if (missing.isPresent()) {
            return new Completion(StepResult.skipped(step, missing.get()), false);
        }
        if (step.when() != null) {
            try {
                if (!ctx.when().evaluate(step.when(), launch.condition())) {
                    return new Completion(StepResult.skipped(step, "when is false: " + step.when()), false);
                }
            } catch (RuntimeException e) {
                return new Completion(failed(step, null, 0, "when: " + Attempts.message(e)), false);
            }
        }
        StepRequest request = attempts.request(launch, 1, null);
        Route route = ctx.router().route(request, ctx.workflow().policy().preferDeterministic());
        if (!route.available()) {
            return new Completion(failed(step, route.adapterName(), 0, route.unavailableMessage()), false);
        }
        String cacheKey = attempts.cacheKey(launch);
        Optional<StepResult> cached = attempts.fromCache(cacheKey, launch, route);
        if (cached.isPresent()) {
            return new Completion(cached.get(), false);
        }
        String over = ctx.budget().tryReserve(route.estimatedTokens());
        if (over != null) {
            return new Completion(failed(step, route.adapterName(), 0, over), true);
        }
        return new Completion(attempts.run(launch, route, cacheKey), false);
    }

    /** The first path a skipped ancestor emits that this step's resolved parameters mention. */
    private static Optional<String> neededOutputOfSkippedStep(Launch launch) {
        List<String> texts = new ArrayList<>();
        collectStrings(launch.with(), texts);
        for (Map.Entry<String, String> emitted : launch.skippedEmits().entrySet()) {
            if (texts.stream().anyMatch(t -> t.contains(emitted.getKey()))) {
                return Optional.of("needs " + emitted.getKey() + ", which skipped step " + emitted.getValue()
                        + " emits");
            }
        }
        return Optional.empty();
    }

    private static void collectStrings(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectStrings(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectStrings(v, out));
        }
    }

    static StepResult failed(Step step, String adapter, int attempts, String error) {
        return new StepResult(step.id(), step.name(), step.actor(), adapter, StepStatus.FAILED, attempts, 0,
                Duration.ZERO, error, List.of(), "", false);
    }

    static Duration since(Instant start, Instant end) {
        return Duration.between(start, end).isNegative() ? Duration.ZERO : Duration.between(start, end);
    }

    /** For tests and messages: "1.5s", "2m". */
    static String human(Duration d) {
        if (d.toMillis() % 60_000 == 0 && d.toMillis() > 0) {
            return d.toMinutes() + "m";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : String.format(java.util.Locale.ROOT, "%.1fs",
                d.toMillis() / 1000.0);
    }
}
