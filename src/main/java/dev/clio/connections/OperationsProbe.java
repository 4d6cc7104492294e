package dev.clio.connections;

import dev.clio.ops.Health;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import java.util.ArrayList;
import java.util.List;

/**
 * Probes with {@code health()} (public: is the service there and well) and, when the connection has a key,
 * {@code info()} (needs a key: is it still accepted). A refused key fails the probe; any other failure of the second
 * call while health answers makes the report degraded ("partially failing").
 */
final class OperationsProbe implements Probe {

    private final Operations operations;
    private final boolean checkKey;

    OperationsProbe(Operations operations, boolean checkKey) {
        this.operations = operations;
        this.checkKey = checkKey;
    }

    @Override
    public Health.Report run() {
        Health.Report health = operations.health();
        if (!checkKey) {
            return health;
        }
        try {
            operations.info();
            return health;
        } catch (OpsException e) {
            if (e.kind() == OpsException.Kind.UNAUTHORIZED || e.kind() == OpsException.Kind.FORBIDDEN) {
                throw e;
            }
            List<Health.Check> checks = new ArrayList<>(health.checks());
            checks.add(new Health.Check("api", "degraded", e.getMessage()));
            return new Health.Report("degraded", "health answers, but other calls fail: " + e.getMessage(), checks,
                    health.timestamp());
        }
    }
}
