package dev.clio.engine.run.listen;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code tokens_remaining{workflow}}: the token budget minus the tokens used by the workflow's most recent execution,
 * updated as its steps finish. Negative once a run went over budget; NaN for a run without a budget. A gauge appears
 * for a workflow the first time one of its runs has a budget.
 */
final class TokenGauges {

    private final MeterRegistry registry;
    // Micrometer holds gauge objects weakly, so the holders live here.
    private final Map<String, Holder> holders = new ConcurrentHashMap<>();

    TokenGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    void set(String workflow, long budget, long used) {
        boolean hasBudget = budget > 0 && budget != Long.MAX_VALUE;
        Holder holder = hasBudget ? holders.computeIfAbsent(workflow, this::register) : holders.get(workflow);
        if (holder != null) {
            holder.value = hasBudget ? budget - used : Double.NaN;
        }
    }

    private Holder register(String workflow) {
        Holder holder = new Holder();
        Gauge.builder("tokens.remaining", holder, h -> h.value)
                .description("Token budget minus tokens used by the latest execution of the workflow")
                .tag("workflow", workflow).register(registry);
        return holder;
    }

    private static final class Holder {
        volatile double value = Double.NaN;
    }
}
