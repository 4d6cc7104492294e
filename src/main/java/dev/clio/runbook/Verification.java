package dev.clio.runbook;

import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.KpiDefinition;
import dev.clio.kpi.KpiEvaluator;
import dev.clio.kpi.KpiState;
import dev.clio.kpi.Level;
import dev.clio.ops.Metrics;
import dev.clio.ops.OpsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Closes the loop after a remediation: watches the runbook's linked KPI for a while (default five minutes) and
 * concludes "recovered" when the KPI is back at OK at the end (judged by the KPI evaluator, hysteresis included),
 * "not recovered" otherwise, with the values before and after. Time comes from the injected clock; sampling from
 * {@link Watch#sample()}, called by a scheduler ({@link #start}) or directly by a test.
 */
public final class Verification {

    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(5);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);

    private final Supplier<Metrics.KpiSnapshot> source;
    private final KpiCatalog catalog;
    private final Clock clock;

    /** @param source usually {@code operations::kpiSnapshot} */
    public Verification(Supplier<Metrics.KpiSnapshot> source, KpiCatalog catalog, Clock clock) {
        this.source = source;
        this.catalog = catalog;
        this.clock = clock;
    }

    public enum Outcome {
        RECOVERED, NOT_RECOVERED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** One reading of the watched KPI. */
    public record Sample(Instant at, Double value, Level level) {
    }

    public record Result(String kpiId, Outcome outcome, Sample before, Sample after, List<Sample> samples,
            String summary) {
        public Result {
            samples = List.copyOf(samples);
        }
    }

    /**
     * Takes the "before" sample now and returns a watch that ends {@code duration} later.
     *
     * @throws OpsException INVALID_REQUEST when the KPI is not in the catalog
     */
    public Watch begin(String kpiId, Duration duration) {
        KpiDefinition def = catalog.kpi(kpiId).orElseThrow(() -> OpsException.invalid("no KPI '" + kpiId
                + "' to verify against; the ids are in kpi/kpis.yaml"));
        return new Watch(def, duration);
    }

    /** Begins a watch and samples it every {@code interval} on the scheduler until it completes. */
    public CompletableFuture<Result> start(String kpiId, Duration duration, Duration interval,
            ScheduledExecutorService scheduler) {
        Watch watch = begin(kpiId, duration);
        long ms = interval.toMillis();
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(() -> {
            try {
                watch.sample();
            } catch (RuntimeException e) {
                watch.result.completeExceptionally(e);
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        watch.result.whenComplete((r, e) -> task.cancel(false));
        return watch.result;
    }

    /** A running verification. Thread-safe. */
    public final class Watch {
        private final KpiDefinition def;
        private final Instant end;
        private final KpiEvaluator evaluator = new KpiEvaluator(catalog.staleAfter());
        private final List<Sample> samples = new ArrayList<>();
        private final CompletableFuture<Result> result = new CompletableFuture<>();
        private final Sample before;
        private KpiEvaluator.Prior prior;

        private Watch(KpiDefinition def, Duration duration) {
            this.def = def;
            this.before = read();
            this.end = before.at().plus(duration);
        }

        public Sample before() {
            return before;
        }

        public CompletableFuture<Result> result() {
            return result;
        }

        /** Takes one sample; completes the result once the clock has reached the end of the window. */
        public synchronized Sample sample() {
            Sample s = read();
            samples.add(s);
            if (!s.at().isBefore(end) && !result.isDone()) {
                result.complete(conclude(s));
            }
            return s;
        }

        private Sample read() {
            Instant now = clock.instant();
            Metrics.KpiReading reading = source.get().readings().stream().filter(r -> r.id().equals(def.id()))
                    .findFirst().orElse(null);
            KpiState state = evaluator.evaluate(def, reading, prior, now, null);
            if (state.level() == Level.OK || state.level() == Level.WARNING || state.level() == Level.CRITICAL) {
                prior = new KpiEvaluator.Prior(state.level(), now);
            }
            return new Sample(now, state.value(), state.level());
        }

        private Result conclude(Sample last) {
            Outcome outcome = last.level() == Level.OK ? Outcome.RECOVERED : Outcome.NOT_RECOVERED;
            String summary = def.title() + " " + outcome.label() + ": " + shown(before) + " before, "
                    + shown(last) + " after " + Duration.between(before.at(), last.at()).toSeconds() + " s";
            return new Result(def.id(), outcome, before, last, samples, summary);
        }

        private String shown(Sample s) {
            String v = s.value() == null ? "no data" : Verdicts.render(
                    com.fasterxml.jackson.databind.node.DoubleNode.valueOf(s.value()), "");
            String unit = def.unit() == null || s.value() == null ? "" : " " + def.unit();
            return v + unit + " (" + s.level().name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }
}
