package dev.clio.cli;

import dev.clio.engine.run.RunPlan;
import java.io.PrintWriter;
import java.util.List;

/** Prints a dry run's plan: groups, then each step's routing, then the total against the budget. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static void print(RunPlan plan, PrintWriter out) {
        out.printf("Dry run of %s: %d steps, nothing executed (parallelism %d)%n", plan.workflowName(),
                plan.steps().size(), plan.parallelism());
        out.println("Groups (steps in a group may run at the same time):");
        List<List<String>> groups = plan.groups();
        for (int i = 0; i < groups.size(); i++) {
            out.printf("  %d. %s%n", i + 1, String.join(", ", groups.get(i)));
        }
        out.println("Steps:");
        for (RunPlan.PlannedStep step : plan.steps()) {
            out.println("  " + describe(step));
        }
        String budget = plan.budget() > 0 ? String.valueOf(plan.budget()) : "no limit";
        out.printf("Estimated tokens: %d of budget %s: %s%n", plan.totalEstimatedTokens(), budget,
                plan.fitsBudget() ? "fits" : "EXCEEDS the budget");
    }

    private static String describe(RunPlan.PlannedStep step) {
        String route = step.available()
                ? step.adapter() + " (" + step.adapterType() + ", ~" + step.estimatedTokens() + " tokens)"
                : "adapter not available: " + step.adapter() + " (" + step.unavailableReason() + ")";
        String after = step.dependsOn().isEmpty() ? "" : " after " + String.join(", ", step.dependsOn());
        String when = step.when() == null ? "" : " when " + step.when();
        return step.stepId() + " " + step.stepName() + " -> " + route + after + when;
    }
}
