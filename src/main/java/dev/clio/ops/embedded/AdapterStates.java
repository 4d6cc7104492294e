package dev.clio.ops.embedded;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Retry;
import dev.clio.engine.workflow.Step;
import dev.clio.ops.AdapterState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code adapters}: each registered adapter's availability, reason, version and the cost of an empty step. */
final class AdapterStates {

    private AdapterStates() {
    }

    /** The first call probes each installed tool once ({@code tool --version}); later calls are cached by it. */
    static List<AdapterState> of(AdapterRegistry registry) {
        List<AdapterState> out = new ArrayList<>();
        for (Adapter adapter : registry.adapters()) {
            Availability a = adapter.availability();
            out.add(new AdapterState(adapter.name(), adapter.spec().type().label(), a.available(), a.reason(),
                    a.version(), estimate(adapter)));
        }
        return out;
    }

    private static long estimate(Adapter adapter) {
        Step step = new Step(0, "0.000", "estimate", adapter.name(), Map.of(), null, null, Retry.NONE, OnFail.STOP,
                List.of(), List.of(), null, null);
        try {
            return adapter.estimateTokens(new StepRequest("estimate", "adapters", step, Map.of(), List.of(), 1, null));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
