package dev.clio.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Turns one entry of {@code kpis.yaml} into a {@link KpiDefinition}, checking that its ladder makes sense. */
final class DefinitionParser {

    static final Set<String> FIELDS = Set.of("id", "title", "label", "table", "unit", "direction", "target",
            "warning", "critical", "hysteresis", "runbook", "promql");
    private static final Set<String> THRESHOLD_FIELDS = Set.of("value", "op", "text");
    private static final Set<String> TABLES = Set.of("system", "business", "security");

    private DefinitionParser() {
    }

    static KpiDefinition parse(ObjectNode node) throws Fields.Invalid {
        Fields f = new Fields(node, FIELDS);
        String title = f.text("title");
        String table = f.text("table");
        if (!TABLES.contains(table)) {
            throw new Fields.Invalid("'table' is '" + table + "' but must be one of " + TABLES);
        }
        String unit = f.text("unit");
        Direction direction = f.choice("direction", Direction.class);
        Threshold warning = threshold(f, "warning", badOp(direction), unit);
        Threshold critical = threshold(f, "critical", badOp(direction), unit);
        Threshold target = f.has("target") ? threshold(f, "target", goodOp(direction), unit) : null;
        double hysteresis = f.number("hysteresis", 0);
        if (hysteresis < 0) {
            throw new Fields.Invalid("'hysteresis' must be 0 or more");
        }
        checkLadder(direction, warning, critical);
        return new KpiDefinition(f.text("id"), title, f.text("label", title), table, unit, direction, target,
                warning, critical, hysteresis, f.text("runbook", ""), promql(f));
    }

    /** {@code promql: "expr"} or {@code promql: {instant: "expr", range: "expr"}}; absent or null for none. */
    private static PromQuery promql(Fields f) throws Fields.Invalid {
        JsonNode n = f.node("promql");
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() && !n.asText().isBlank()) {
            return new PromQuery(n.asText(), null);
        }
        if (n instanceof ObjectNode object) {
            Fields q;
            try {
                q = new Fields(object, Set.of("instant", "range"));
            } catch (Fields.Invalid e) {
                throw new Fields.Invalid("'promql': " + e.getMessage());
            }
            if (q.has("instant") && !q.text("instant").isBlank()) {
                return new PromQuery(q.text("instant"), q.text("range", null));
            }
        }
        throw new Fields.Invalid("'promql' must be a PromQL expression or {instant: \"...\", range: \"...\"}");
    }

    private static void checkLadder(Direction direction, Threshold warning, Threshold critical) throws Fields.Invalid {
        boolean rising = direction != Direction.HIGHER_IS_BETTER;
        if (warning.rising() != rising || critical.rising() != rising) {
            throw new Fields.Invalid("the ops of warning and critical must be " + (rising ? "> or >=" : "< or <=")
                    + " for a " + direction.name().toLowerCase(java.util.Locale.ROOT) + " KPI");
        }
        if (rising ? critical.value() < warning.value() : critical.value() > warning.value()) {
            throw new Fields.Invalid("critical " + ValueFormat.number(critical.value()) + " is less severe than "
                    + "warning " + ValueFormat.number(warning.value()) + "; swap them");
        }
    }

    private static Threshold threshold(Fields f, String name, String defaultOp, String unit) throws Fields.Invalid {
        JsonNode n = f.node(name);
        if (n == null || n.isNull()) {
            throw new Fields.Invalid("'" + name + "' is required, e.g. " + name + ": {value: 5, text: \">5%\"}");
        }
        if (n.isNumber()) {
            return new Threshold(n.asDouble(), defaultOp, derivedText(defaultOp, n.asDouble(), unit));
        }
        if (!(n instanceof ObjectNode object)) {
            throw new Fields.Invalid("'" + name + "' must be a number or {value, op, text}");
        }
        Fields t;
        try {
            t = new Fields(object, THRESHOLD_FIELDS);
        } catch (Fields.Invalid e) {
            throw new Fields.Invalid("'" + name + "': " + e.getMessage());
        }
        if (!t.has("value")) {
            throw new Fields.Invalid("'" + name + "' needs a 'value'");
        }
        double value = t.number("value", 0);
        String op = t.text("op", defaultOp);
        if (!Threshold.isOp(op)) {
            throw new Fields.Invalid("'" + name + ".op' is '" + op + "' but must be one of >, >=, <, <=");
        }
        return new Threshold(value, op, t.text("text", derivedText(op, value, unit)));
    }

    /** What the runbook would have written for an overridden number without its own wording. */
    private static String derivedText(String op, double value, String unit) {
        return op + ValueFormat.value(value, unit);
    }

    private static String badOp(Direction direction) {
        return switch (direction) {
            case LOWER_IS_BETTER -> ">";
            case HIGHER_IS_BETTER -> "<";
            case TREND -> ">=";
        };
    }

    private static String goodOp(Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? ">" : "<";
    }
}
