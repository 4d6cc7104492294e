package dev.clio.engine.run;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.workflow.Step;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The attempts of one routed step: timeout per attempt, retry with backoff, cache lookup and store. */
final class Attempts {

    private static final Logger LOG = LoggerFactory.getLogger(Attempts.class);

    private final RunContext ctx;

    Attempts(RunContext ctx) {
        this.ctx = ctx;
    }

    StepRequest request(StepWorker.Launch launch, int attempt, Duration timeout) {
        return new StepRequest(ctx.executionId(), ctx.workflow().name(), launch.step(), launch.with(),
                ctx.files(launch.with()), attempt, timeout);
    }

    /** Runs attempts until one succeeds, retries run out or the step is cancelled. Blocks. */
    StepResult run(StepWorker.Launch launch, Route route, String cacheKey) {
        Step step = launch.step();
        Instant start = ctx.options().clock().instant();
        int max = 1 + Math.max(0, step.retry().max());
        long tokens = 0;
        Set<String> artifacts = new LinkedHashSet<>();
        String error = null;
        String output = "";
        int attempt = 0;
        try {
            while (++attempt <= max) {
                if (launch.handle().cancelReason() != null) {
                    throw new InterruptedException(launch.handle().cancelReason());
                }
                emitStarted(step, route, attempt);
                AdapterResult result = attempt(launch, route, attempt);
                tokens += result.tokensUsed();
                artifacts.addAll(result.artifacts());
                output = result.output();
                if (result.success()) {
                    storeInCache(cacheKey, launch, route, tokens, output, List.copyOf(artifacts));
                    return result(step, route, StepStatus.SUCCEEDED, attempt, tokens, start, null, artifacts, output);
                }
                error = result.error();
                if (attempt < max) {
                    backoff(step, attempt, error);
                }
            }
            return result(step, route, StepStatus.FAILED, max, tokens, start, error, artifacts, output);
        } catch (InterruptedException e) {
            String reason = launch.handle().cancelReason();
            return result(step, route, StepStatus.CANCELLED, Math.min(attempt, max), tokens, start,
                    reason == null ? "cancelled" : reason, artifacts, output);
        } finally {
            ctx.budget().settle(route.estimatedTokens(), tokens);
        }
    }

    private void backoff(Step step, int failedAttempt, String error) throws InterruptedException {
        RunSettings settings = ctx.options().settings();
        Duration delay = Backoff.delay(step.retry().backoff(), failedAttempt, settings.retryBaseDelay(),
                settings.retryMaxDelay());
        ctx.emitter().emit(new RunEvent.StepRetrying(ctx.executionId(), ctx.options().clock().instant(),
                ctx.workflow().name(), step.id(), step.name(), step.actor(), failedAttempt + 1, delay, error));
        ctx.options().sleeper().sleep(delay);
    }

    private AdapterResult attempt(StepWorker.Launch launch, Route route, int attempt) throws InterruptedException {
        StepRun handle = launch.handle();
        Duration timeout = timeout(launch.step());
        RunStepContext context = new RunStepContext(ctx.options().workspace(), ctx.options().clock(),
                line -> ctx.emitter().emit(new RunEvent.StepOutput(ctx.executionId(),
                        ctx.options().clock().instant(), launch.step().id(), line)));
        handle.beginAttempt(attempt);
        ScheduledFuture<?> timer = timeout == null ? null
                : ctx.timer().schedule(() -> handle.timeout(attempt), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            AdapterResult result = route.adapter().execute(request(launch, attempt, timeout), context);
            if (handle.cancelReason() != null) {
                throw new InterruptedException(handle.cancelReason());
            }
            return handle.timedOut() ? timedOut(timeout, result.tokensUsed()) : withWritten(result, context);
        } catch (InterruptedException e) {
            if (handle.cancelReason() == null && handle.timedOut()) {
                return timedOut(timeout, 0);
            }
            throw e;
        } catch (RuntimeException e) {
            return AdapterResult.failed(route.adapterName() + " failed: " + message(e));
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            handle.endAttempt();
        }
    }

    private static AdapterResult timedOut(Duration timeout, long tokens) {
        return new AdapterResult(false, tokens, List.of(), "", "step timed out after " + StepWorker.human(timeout),
                java.util.Map.of());
    }

    private static AdapterResult withWritten(AdapterResult result, RunStepContext context) {
        Set<String> all = new LinkedHashSet<>(result.artifacts());
        all.addAll(context.written());
        String error = result.success() || result.error() != null ? result.error() : "step reported failure";
        return new AdapterResult(result.success(), result.tokensUsed(), new ArrayList<>(all), result.output(), error,
                result.metadata());
    }

    private Duration timeout(Step step) {
        if (ctx.options().stepTimeout() != null) {
            return ctx.options().stepTimeout();
        }
        return step.timeoutMinutes() == null ? null : Duration.ofMinutes(step.timeoutMinutes());
    }

    private void emitStarted(Step step, Route route, int attempt) {
        ctx.emitter().emit(new RunEvent.StepStarted(ctx.executionId(), ctx.options().clock().instant(),
                ctx.workflow().name(), step.id(), step.name(), step.actor(), route.adapterName(), attempt,
                route.estimatedTokens()));
    }

    /** A fresh cache entry turned into a succeeded result (artifacts put back if needed), when caching is on. */
    Optional<StepResult> fromCache(String key, StepWorker.Launch launch, Route route) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            Optional<StepCache.Entry> entry = ctx.cache().lookup(key);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            Instant now = ctx.options().clock().instant();
            emitStarted(launch.step(), route, 1);
            Step step = launch.step();
            return Optional.of(new StepResult(step.id(), step.name(), step.actor(), route.adapterName(),
                    StepStatus.SUCCEEDED, 1, 0, StepWorker.since(now, ctx.options().clock().instant()), null,
                    List.copyOf(entry.get().artifacts().keySet()), entry.get().output(), true));
        } catch (IOException | RuntimeException e) {
            LOG.warn("step {}: cache lookup failed, running it: {}", launch.step().id(), e.toString());
            return Optional.empty();
        }
    }

    /** The cache key, taken before the step runs (it may change its own input files); null when not caching. */
    String cacheKey(StepWorker.Launch launch) {
        if (ctx.cache() == null) {
            return null;
        }
        try {
            return ctx.cache().key(launch.step().actor(), launch.with(), ctx.files(launch.with()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("step {}: no cache key, running it uncached: {}", launch.step().id(), e.toString());
            return null;
        }
    }

    private void storeInCache(String key, StepWorker.Launch launch, Route route, long tokens, String output,
            List<String> artifacts) {
        if (key == null) {
            return;
        }
        try {
            ctx.cache().store(key, route.adapterName(), tokens, output, artifacts);
        } catch (IOException | RuntimeException e) {
            LOG.warn("step {}: result not cached: {}", launch.step().id(), e.toString());
        }
    }

    private StepResult result(Step step, Route route, StepStatus status, int attempts, long tokens, Instant start,
            String error, Set<String> artifacts, String output) {
        return new StepResult(step.id(), step.name(), step.actor(), route.adapterName(), status, attempts, tokens,
                StepWorker.since(start, ctx.options().clock().instant()), error, List.copyOf(artifacts), output,
                false);
    }

    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst()
                .orElse(message);
    }
}
