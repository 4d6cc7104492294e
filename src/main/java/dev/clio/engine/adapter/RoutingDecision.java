package dev.clio.engine.adapter;

/**
 * Which adapter runs a step, and why.
 *
 * @param actor the step's actor as written
 * @param adapterName the adapter that runs the step: the actor itself or its deterministic alternative
 * @param type the type of {@code adapterName}
 * @param reasoning one human-readable sentence, e.g.
 *     "Policy prefers deterministic - using code_fixers instead of ai_editor"
 * @param estimatedTokens 0 for deterministic adapters
 * @param available false when the step cannot run; the runner then fails it with
 *     {@code adapter not available: <adapterName> (<unavailableReason>)}
 * @param unavailableReason why it cannot run, or null when available
 */
public record RoutingDecision(
        String actor,
        String adapterName,
        AdapterType type,
        String reasoning,
        long estimatedTokens,
        boolean available,
        String unavailableReason) {

    /** The error text the runner reports for an unavailable adapter (the runbook's "Adapter Not Available"). */
    public String unavailableMessage() {
        return "adapter not available: " + adapterName + " (" + unavailableReason + ")";
    }
}
