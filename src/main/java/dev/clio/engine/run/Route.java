package dev.clio.engine.run;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterType;

/**
 * Where a step goes: the router's decision plus the adapter to call.
 *
 * @param adapter the adapter to execute, or null when none is available
 * @param unavailableReason why the adapter cannot run, or null when available
 */
public record Route(Adapter adapter, String actor, String adapterName, AdapterType type, String reasoning,
        long estimatedTokens, boolean available, String unavailableReason) {

    public static Route unavailable(String actor, String adapterName, String reason) {
        return new Route(null, actor, adapterName, AdapterType.DETERMINISTIC, reason, 0, false, reason);
    }

    /** The failure message of a step routed here, per the runbook's "Adapter Not Available" entry. */
    public String unavailableMessage() {
        return "adapter not available: " + adapterName + " (" + unavailableReason + ")";
    }
}
