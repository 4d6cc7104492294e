package dev.clio.kpi;

import dev.clio.ops.Health;
import java.util.Map;

/** Whether a rule's condition holds on one evaluation's tiles and health, and what it saw. */
final class Conditions {

    /** @param holds null when it cannot be told */
    record Outcome(Boolean holds, String reason) {
    }

    private Conditions() {
    }

    static Outcome check(AlertCondition c, Map<String, KpiState> kpis, Health.Report healthOrNull) {
        if (c.kind() == AlertCondition.Kind.HEALTH) {
            if (healthOrNull == null) {
                return new Outcome(true, "health did not answer");
            }
            boolean failing = "unhealthy".equals(healthOrNull.status());
            return new Outcome(failing, "health " + healthOrNull.status()
                    + (healthOrNull.message() == null ? "" : ": " + healthOrNull.message()));
        }
        KpiState k = kpis.get(c.kpi());
        if (k == null || k.level() == Level.NO_DATA || k.level() == Level.STALE) {
            return new Outcome(null, c.kpi() + " " + (k == null ? "not evaluated" : k.level() == Level.STALE
                    ? "is stale" : "has no data") + ": cannot tell");
        }
        if (c.kind() == AlertCondition.Kind.LEVEL) {
            boolean holds = k.level() == Level.CRITICAL || k.level() == c.level();
            return new Outcome(holds, k.reason());
        }
        boolean holds = Threshold.compare(k.value(), c.op(), c.threshold());
        return new Outcome(holds, c.kpi() + " " + ValueFormat.value(k.value(), k.unit()) + (holds ? " " + c.op()
                : " not " + c.op()) + " " + ValueFormat.value(c.threshold(), k.unit()));
    }
}
