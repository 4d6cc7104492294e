package dev.clio.engine.adapter;

import java.util.List;
import java.util.Map;

/** A configurable adapter for registry and router tests. */
record FakeAdapter(AdapterSpec spec, Availability availability, long tokens) implements Adapter {

    static FakeAdapter deterministic(String name, boolean available) {
        return new FakeAdapter(new AdapterSpec(name, AdapterType.DETERMINISTIC, "fake " + name, List.of(), null, false),
                available ? Availability.available("1.0") : Availability.unavailable(name + " not found on PATH"), 0);
    }

    static FakeAdapter ai(String name, String alternative, boolean available, long tokens) {
        return new FakeAdapter(new AdapterSpec(name, AdapterType.AI, "fake " + name, List.of(), alternative, false),
                available ? Availability.available(null) : Availability.unavailable("no API key"), tokens);
    }

    @Override
    public long estimateTokens(StepRequest request) {
        return tokens;
    }

    @Override
    public AdapterResult execute(StepRequest request, StepContext context) {
        return AdapterResult.ok("ran " + spec.name(), List.of(), Map.of());
    }
}
