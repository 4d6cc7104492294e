package dev.clio.engine.run;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.AdapterType;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-process adapter whose behaviour a test supplies; counts calls and the concurrency it saw. */
final class TestAdapter implements Adapter {

    /** What one call does. */
    @FunctionalInterface
    interface Behaviour {
        AdapterResult run(StepRequest request, StepContext context) throws Exception;
    }

    private final AdapterSpec spec;
    private final Availability availability;
    private final long estimate;
    private final Behaviour behaviour;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger active = new AtomicInteger();
    final AtomicInteger maxActive = new AtomicInteger();

    TestAdapter(String name, AdapterType type, String alternative, Availability availability, long estimate,
            Behaviour behaviour) {
        this.spec = new AdapterSpec(name, type, "test " + name, List.of(), alternative, true);
        this.availability = availability;
        this.estimate = estimate;
        this.behaviour = behaviour;
    }

    static TestAdapter of(String name, Behaviour behaviour) {
        return new TestAdapter(name, AdapterType.DETERMINISTIC, null, Availability.available("1"), 0, behaviour);
    }

    static TestAdapter ok(String name) {
        return of(name, (r, c) -> AdapterResult.ok("ok " + r.step().id(), List.of(), Map.of()));
    }

    static TestAdapter ai(String name, long estimate, long used) {
        return new TestAdapter(name, AdapterType.AI, null, Availability.available("1"), estimate,
                (r, c) -> new AdapterResult(true, used, List.of(), "ai", null, Map.of()));
    }

    @Override
    public AdapterSpec spec() {
        return spec;
    }

    @Override
    public Availability availability() {
        return availability;
    }

    @Override
    public long estimateTokens(StepRequest request) {
        return estimate;
    }

    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        calls.incrementAndGet();
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        try {
            return behaviour.run(request, context);
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            active.decrementAndGet();
        }
    }
}
