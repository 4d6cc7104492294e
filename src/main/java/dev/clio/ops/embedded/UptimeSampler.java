package dev.clio.ops.embedded;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The {@code service_uptime} KPI: the share of periodic health probes since start that did not find the engine
 * unhealthy. A process cannot observe its own downtime between runs, so this is the availability while it runs.
 */
final class UptimeSampler {

    private final Supplier<String> status;
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong up = new AtomicLong();

    UptimeSampler(Supplier<String> status) {
        this.status = status;
    }

    void sample() {
        boolean healthy;
        try {
            healthy = !"unhealthy".equals(status.get());
        } catch (RuntimeException e) {
            healthy = false;
        }
        samples.incrementAndGet();
        if (healthy) {
            up.incrementAndGet();
        }
    }

    /** Percentage of samples that were up, or null before the first sample. */
    Double percent() {
        long n = samples.get();
        return n == 0 ? null : 100.0 * up.get() / n;
    }

    long samples() {
        return samples.get();
    }
}
