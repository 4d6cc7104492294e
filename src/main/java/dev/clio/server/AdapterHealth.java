package dev.clio.server;

import dev.clio.ops.AdapterState;
import java.util.List;

/**
 * The answer of {@code /api/v1/adapters/health}: the runbook's "verify adapters loaded" check in one object.
 *
 * @param status healthy when every adapter is available, else degraded
 */
record AdapterHealth(String status, int total, int available, List<String> unavailable,
        List<AdapterState> adapters) {

    static AdapterHealth of(List<AdapterState> adapters) {
        List<String> missing = adapters.stream().filter(a -> !a.available()).map(AdapterState::name).toList();
        return new AdapterHealth(missing.isEmpty() ? "healthy" : "degraded", adapters.size(),
                adapters.size() - missing.size(), missing, adapters);
    }
}
