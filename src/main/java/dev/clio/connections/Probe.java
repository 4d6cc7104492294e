package dev.clio.connections;

import dev.clio.ops.Health;
import dev.clio.ops.Operations;

/** One check that a connection works; blocks on IO, so it runs on a probe thread. */
@FunctionalInterface
public interface Probe {

    /**
     * @return the service's health; a degraded or unhealthy status means it answers but not all is well
     * @throws dev.clio.ops.OpsException when it cannot be reached or refuses the key
     */
    Health.Report run();

    /**
     * The probe a {@link Connection} uses, over any Operations: {@code health()}, and {@code info()} as well when
     * {@code checkKey} (so a refused key is noticed although health is public).
     */
    static Probe of(Operations operations, boolean checkKey) {
        return new OperationsProbe(operations, checkKey);
    }
}
