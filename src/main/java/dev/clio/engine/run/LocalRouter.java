package dev.clio.engine.run;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.AdapterType;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.StepRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A router over a fixed set of adapters: the actor names the adapter; under {@code prefer_deterministic} an AI actor
 * goes to its deterministic alternative when that one is available.
 */
public final class LocalRouter implements StepRouter {

    private final Map<String, Adapter> adapters = new LinkedHashMap<>();

    private LocalRouter(Adapter... adapters) {
        for (Adapter adapter : adapters) {
            this.adapters.put(adapter.name(), adapter);
        }
    }

    public static LocalRouter of(Adapter... adapters) {
        return new LocalRouter(adapters);
    }

    @Override
    public Route route(StepRequest request, boolean preferDeterministic) {
        String actor = request.step().actor();
        Adapter adapter = adapters.get(actor);
        if (adapter == null) {
            return Route.unavailable(actor, actor, "no adapter is registered under that name");
        }
        AdapterSpec spec = adapter.spec();
        if (preferDeterministic && spec.type() == AdapterType.AI && spec.deterministicAlternative() != null) {
            Adapter alternative = adapters.get(spec.deterministicAlternative());
            if (alternative != null && alternative.availability().available()) {
                return route(actor, alternative, request, "prefer_deterministic: " + actor + " routed to "
                        + alternative.name());
            }
        }
        return route(actor, adapter, request, "actor " + actor);
    }

    private static Route route(String actor, Adapter adapter, StepRequest request, String reasoning) {
        Availability availability = adapter.availability();
        if (!availability.available()) {
            return Route.unavailable(actor, adapter.name(), availability.reason());
        }
        return new Route(adapter, actor, adapter.name(), adapter.spec().type(), reasoning,
                adapter.estimateTokens(request), true, null);
    }
}
