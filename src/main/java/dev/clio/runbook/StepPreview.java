package dev.clio.runbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a step will do with these parameter values, as a confirmation shows it: the call with its resolved arguments,
 * or the command's resolved argv, with secret values redacted. A confirmation must show what will actually run, not
 * the {@code ${params.x}} placeholders of the file.
 */
public final class StepPreview {

    private StepPreview() {
    }

    /**
     * {@code containers.restart {container=web-1}}, {@code df -h -- /srv (in workspace, timeout 30s)} or
     * {@code by hand: …}; a value that does not resolve (wrong type) shows as the step wrote it, and the run then
     * reports why.
     */
    public static String describe(Runbook runbook, RunbookStep step, Map<String, String> resolved) {
        Map<String, String> shown = ParamResolver.redacted(runbook, resolved);
        return switch (step.kind()) {
            case MANUAL -> "by hand: " + step.instructions();
            case COMMAND -> String.join(" ", argv(runbook, step, shown)) + " (in " + step.command().cwd()
                    + ", timeout " + dev.clio.ops.Durations.format(step.command().timeout()) + ")";
            default -> step.call() + arguments(runbook, step, resolved, shown);
        };
    }

    private static String arguments(Runbook runbook, RunbookStep step, Map<String, String> resolved,
            Map<String, String> shown) {
        if (step.with().isEmpty()) {
            return "";
        }
        Map<String, String> args = new LinkedHashMap<>();
        step.with().forEach((name, raw) -> {
            String real = ParamResolver.substitute(runbook, raw, resolved);
            String redacted = ParamResolver.substitute(runbook, raw, shown);
            args.put(name, real.equals(redacted) ? real : redacted);
        });
        return " " + args;
    }

    private static List<String> argv(Runbook runbook, RunbookStep step, Map<String, String> shown) {
        List<String> out = new ArrayList<>();
        for (String arg : step.command().argv()) {
            out.add(ParamResolver.substitute(runbook, arg, shown));
        }
        return out;
    }
}
