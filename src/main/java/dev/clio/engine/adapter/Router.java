package dev.clio.engine.adapter;

import java.util.Optional;

/**
 * Chooses the adapter of a step. A deterministic actor runs itself; an AI actor routes to its deterministic
 * alternative when the policy prefers deterministic tools and the alternative is available; an unknown or unavailable
 * actor is reported as such (the original's silent "fallback" adapter is deliberately not reproduced).
 */
public final class Router {

    private final AdapterRegistry registry;

    public Router(AdapterRegistry registry) {
        this.registry = registry;
    }

    /** Routes one step. Cheap: availability is probed once per adapter and cached. */
    public RoutingDecision route(StepRequest request, boolean preferDeterministic) {
        String actor = request.step().actor();
        Optional<Adapter> found = registry.adapter(actor);
        if (found.isEmpty()) {
            AdapterType type = registry.spec(actor).map(AdapterSpec::type).orElse(AdapterType.DETERMINISTIC);
            return new RoutingDecision(actor, actor, type, "No adapter named " + actor, 0, false,
                    "unknown adapter; run 'cli-orchestrator adapters' to list them");
        }
        Adapter adapter = found.get();
        AdapterSpec spec = adapter.spec();
        if (spec.type() == AdapterType.AI && preferDeterministic) {
            Optional<RoutingDecision> alternative = alternative(actor, spec.deterministicAlternative());
            if (alternative.isPresent()) {
                return alternative.get();
            }
        }
        Availability availability = adapter.availability();
        if (!availability.available()) {
            return new RoutingDecision(actor, actor, spec.type(), "Adapter " + actor + " is not available", 0, false,
                    availability.reason());
        }
        if (spec.type() == AdapterType.DETERMINISTIC) {
            return new RoutingDecision(actor, actor, spec.type(), "Deterministic tool: " + spec.description(), 0,
                    true, null);
        }
        return new RoutingDecision(actor, actor, spec.type(), "AI tool: " + spec.description(),
                adapter.estimateTokens(request), true, null);
    }

    private Optional<RoutingDecision> alternative(String actor, String alternativeName) {
        if (alternativeName == null) {
            return Optional.empty();
        }
        return registry.adapter(alternativeName)
                .filter(alt -> alt.availability().available())
                .map(alt -> new RoutingDecision(actor, alt.name(), alt.spec().type(),
                        "Policy prefers deterministic - using " + alt.name() + " instead of " + actor, 0, true, null));
    }
}
