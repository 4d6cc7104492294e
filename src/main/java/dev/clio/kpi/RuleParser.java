package dev.clio.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** Turns one entry of {@code alerts.yaml} into an {@link AlertRule}; its KPI must be one the catalog defines. */
final class RuleParser {

    static final Set<String> FIELDS = Set.of("id", "title", "condition", "for", "severity", "response", "runbook",
            "enabled");
    private static final Set<String> CONDITION_FIELDS = Set.of("health", "kpi", "op", "threshold", "level");

    private RuleParser() {
    }

    /** Whether the entry says {@code enabled: false}. */
    static boolean disabled(ObjectNode node) throws Fields.Invalid {
        return !new Fields(node, FIELDS).bool("enabled", true);
    }

    static AlertRule parse(ObjectNode node, Map<String, KpiDefinition> kpis) throws Fields.Invalid {
        Fields f = new Fields(node, FIELDS);
        AlertCondition condition = condition(f.node("condition"), kpis);
        return new AlertRule(f.text("id"), f.text("title"), condition, f.duration("for"),
                f.choice("severity", Severity.class), f.duration("response"), f.text("runbook", ""));
    }

    private static AlertCondition condition(JsonNode n, Map<String, KpiDefinition> kpis) throws Fields.Invalid {
        if (!(n instanceof ObjectNode object)) {
            throw new Fields.Invalid("'condition' is required: {health: failing}, {kpi: ID, op: \">\", threshold: 5}"
                    + " or {kpi: ID, level: critical}");
        }
        Fields c = new Fields(object, CONDITION_FIELDS);
        if (c.has("health")) {
            if (!"failing".equals(c.text("health")) || c.has("kpi")) {
                throw new Fields.Invalid("a health condition is exactly {health: failing}");
            }
            return AlertCondition.health();
        }
        String kpi = c.text("kpi");
        if (!kpis.containsKey(kpi)) {
            throw new Fields.Invalid("condition names KPI '" + kpi + "', which is not defined; the KPIs are "
                    + new java.util.TreeSet<>(kpis.keySet()));
        }
        if (c.has("level")) {
            Level level = c.choice("level", Level.class);
            if (level != Level.WARNING && level != Level.CRITICAL || c.has("op") || c.has("threshold")) {
                throw new Fields.Invalid("a level condition is {kpi: ID, level: warning|critical}, without op or "
                        + "threshold");
            }
            return AlertCondition.level(kpi, level);
        }
        String op = c.text("op");
        if (!Threshold.isOp(op) || !c.has("threshold")) {
            throw new Fields.Invalid("a threshold condition needs op (>, >=, <, <=) and a numeric threshold");
        }
        if (kpis.get(kpi).direction() == Direction.TREND) {
            throw new Fields.Invalid("KPI '" + kpi + "' is a trend; use {kpi: " + kpi + ", level: warning|critical}");
        }
        return AlertCondition.threshold(kpi, op, c.number("threshold", 0));
    }
}
