package dev.clio.runbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a runbook. Which fields matter depends on {@link #kind()}: investigations and remediations name an
 * Operations {@code call} with its {@code with} arguments; manual steps carry {@code instructions}; command steps a
 * {@link CommandSpec}.
 *
 * @param with the call's arguments as written (text forms, may contain {@code ${params.x}}), in file order
 * @param verdict rules tried in order; the first that matches decides
 * @param otherwise the verdict when no rule matches; null when the step has no verdict rules
 * @param next the step (or {@code runbook:ID}) to suggest after this one whatever the verdict, or null
 * @param effect what a remediation changes, shown in its confirmation
 * @param dangerous true when production needs the typed target name to confirm it
 */
public record RunbookStep(String id, String title, String why, StepKind kind, String call, Map<String, String> with,
        List<VerdictRule> verdict, VerdictRule.Outcome otherwise, String next, String effect, boolean dangerous,
        String instructions, CommandSpec command) {

    public RunbookStep {
        with = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(with));
        verdict = List.copyOf(verdict);
    }

    /** True when running the step changes something, so it needs a confirmation and the operate role. */
    public boolean isRemediation() {
        return !kind.readOnly(this);
    }

    public enum StepKind {
        INVESTIGATION, REMEDIATION, MANUAL, COMMAND;

        /** Investigations always; command steps when marked read-only; manual steps run nothing. */
        public boolean readOnly(RunbookStep step) {
            return switch (this) {
                case INVESTIGATION -> true;
                case COMMAND -> step.command() != null && step.command().readOnly();
                case REMEDIATION, MANUAL -> false;
            };
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
