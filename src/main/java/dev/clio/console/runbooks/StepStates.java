package dev.clio.console.runbooks;

import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.runbook.ParamResolver;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookParam;
import dev.clio.runbook.RunbookStep;
import dev.clio.runbook.RunbookStep.StepKind;
import dev.clio.runbook.StepInvoker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's card state for the current parameter values: the exact call with resolved arguments (secrets masked), why
 * it cannot run (a rejected parameter it uses, a value it needs), and why this key may not run it.
 */
final class StepStates {

    private static final Pattern PARAM_REF = Pattern.compile("\\$\\{\\s*params\\.([a-z][a-z0-9_]*)\\s*}");

    private StepStates() {
    }

    static StepState of(Runbook runbook, RunbookStep step, Map<String, String> given, Map<String, String> problems,
            RunTarget target, StepResult result, boolean running) {
        // a manual step runs nothing, so no role is refused it (and the core's check needs a call)
        String disabled = target.identityOrNull() == null || step.kind() == StepKind.MANUAL ? null
                : target.runner().refusalFor(step, target.identityOrNull()).orElse(null);
        if (step.kind() == StepKind.MANUAL) {
            return new StepState(step, "", null, disabled, running, result, false);
        }
        String rejected = uses(step).stream().filter(problems::containsKey).findFirst()
                .map(p -> "parameter " + p + ": " + problems.get(p)).orElse(null);
        try {
            if (rejected != null) {
                throw OpsException.invalid(rejected);
            }
            Map<String, String> params = ParamResolver.resolve(runbook, given);
            String call = step.kind() == StepKind.COMMAND
                    ? String.join(" ", target.commands().argv(runbook, step, params))
                    : Texts.call(step.call(), StepInvoker.arguments(runbook, step, params));
            return new StepState(step, masked(runbook, call, params), null, disabled, running, result, false);
        } catch (OpsException e) {
            String call = step.kind() == StepKind.COMMAND ? String.join(" ", step.command().argv())
                    : Texts.call(step.call(), step.with());
            return new StepState(step, call, e.getMessage(), disabled, running, result, false);
        }
    }

    /** The parameters a step refers to as ${params.NAME}, in its arguments or its argv. */
    private static Set<String> uses(RunbookStep step) {
        Set<String> out = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>(step.with().values());
        if (step.command() != null) {
            texts.addAll(step.command().argv());
        }
        for (String t : texts) {
            Matcher m = PARAM_REF.matcher(t);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String masked(Runbook runbook, String call, Map<String, String> params) {
        String out = call;
        for (RunbookParam p : runbook.params().values()) {
            String v = params.get(p.name());
            if (p.secret() && v != null && !v.isEmpty()) {
                out = out.replace(v, PanelModel.MASK);
            }
        }
        return out;
    }
}
