package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.workflow.WorkflowDocument.StepNode;

/** The workflow's token budget should cover the per-step limits its steps declare. */
final class BudgetRules {

    static final String RULE = "token-budget";

    private BudgetRules() {
    }

    static void check(WorkflowDocument doc) {
        JsonNode budget = doc.root().path("policy").path("max_tokens");
        if (!budget.canConvertToExactIntegral() || budget.asLong() <= 0) {
            return;
        }
        long sum = 0;
        int counted = 0;
        for (StepNode step : doc.steps()) {
            Long limit = tokenLimit(step.node());
            if (limit != null) {
                sum += limit;
                counted++;
            }
        }
        if (sum > budget.asLong()) {
            doc.findings().warning("/policy/max_tokens", RULE, "policy.max_tokens is " + budget.asLong()
                    + " but " + counted + " step(s) declare " + sum + " tokens in total; raise the budget or lower "
                    + "the step limits, or the run stops when the budget is spent");
        }
    }

    /** {@code with.max_tokens}, else {@code constraints.max_tokens}, when it is a whole number. */
    static Long tokenLimit(JsonNode step) {
        for (JsonNode n : new JsonNode[] {step.path("with").path("max_tokens"),
                step.path("constraints").path("max_tokens")}) {
            if (n.canConvertToExactIntegral() && n.isNumber()) {
                return n.asLong();
            }
        }
        return null;
    }
}
