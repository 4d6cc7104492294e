package dev.clio.kpi.capacity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.kpi.Fields;
import dev.clio.kpi.Threshold;
import dev.clio.kpi.ValueFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/** Reads one {@code capacity:} entry into a {@link CapacityRule}, naming the field that is wrong. */
final class CapacityRuleParser {

    static final Set<String> FIELDS = Set.of("id", "resource", "capacity", "metric", "op", "threshold", "for",
            "trigger", "action", "enabled");

    private CapacityRuleParser() {
    }

    static CapacityRule parse(ObjectNode node) throws Fields.Invalid {
        Fields f = new Fields(node, FIELDS);
        String id = f.text("id");
        String metricId = f.text("metric");
        CapacityMetric metric = CapacityMetric.byId(metricId).orElseThrow(() -> new Fields.Invalid("'metric' is '"
                + metricId + "' but must be one of " + Arrays.stream(CapacityMetric.values())
                        .map(CapacityMetric::id).toList()));
        String op = f.text("op", ">");
        if (!Set.of(">", ">=", "<", "<=").contains(op)) {
            throw new Fields.Invalid("'op' is '" + op + "' but must be one of >, >=, <, <=");
        }
        double threshold = f.number("threshold", Double.NaN);
        if (Double.isNaN(threshold)) {
            throw new Fields.Invalid("'threshold' is required and must be a number");
        }
        String trigger = f.text("trigger", op + ValueFormat.number(threshold));
        return new CapacityRule(id, f.text("resource", id), f.text("capacity", "-"), metric,
                new Threshold(threshold, op, trigger), f.has("for") ? f.duration("for") : Duration.ZERO,
                f.text("action"));
    }

    /** {@code enabled: false} takes a row out of the table. */
    static boolean disabled(ObjectNode node) throws Fields.Invalid {
        return !new Fields(node, FIELDS).bool("enabled", true);
    }
}
