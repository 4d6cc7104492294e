package dev.clio.engine.run;

import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.adapter.Router;
import dev.clio.engine.adapter.RoutingDecision;
import dev.clio.engine.adapter.StepRequest;

/** The runner's view of the adapters' {@link Router}: its decision plus the adapter it names. */
public final class RegistryRouter implements StepRouter {

    private final AdapterRegistry registry;
    private final Router router;

    public RegistryRouter(AdapterRegistry registry) {
        this.registry = registry;
        this.router = new Router(registry);
    }

    @Override
    public Route route(StepRequest request, boolean preferDeterministic) {
        RoutingDecision d = router.route(request, preferDeterministic);
        var adapter = d.available() ? registry.adapter(d.adapterName()).orElse(null) : null;
        if (d.available() && adapter == null) {
            return Route.unavailable(d.actor(), d.adapterName(), "not registered");
        }
        return new Route(adapter, d.actor(), d.adapterName(), d.type(), d.reasoning(), d.estimatedTokens(),
                d.available(), d.unavailableReason());
    }
}
