package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import dev.clio.ops.Operations;
import dev.clio.ops.Runbooks.Display;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the Operation a step names with its resolved, typed arguments, through the {@link Operations} interface only,
 * so an investigation runs the same against the embedded engine and a remote server.
 */
public final class StepInvoker {

    private StepInvoker() {
    }

    /**
     * What a call returned.
     *
     * @param json the result as OpsJson writes it; a list result is wrapped as {@code {"items": [...]}}
     * @param text the result's JSON text, which the digest fingerprints
     */
    public record Invocation(String operation, Map<String, String> args, JsonNode json, Display display,
            String text) {
    }

    /** The call's arguments: its defaults, overridden by the step's {@code with} after parameter substitution. */
    public static Map<String, String> arguments(Runbook runbook, RunbookStep step, Map<String, String> params) {
        Calls.CallSpec spec = spec(step);
        Map<String, String> args = new LinkedHashMap<>();
        for (ArgSpec a : spec.args()) {
            String raw = step.with().get(a.name());
            String value = raw != null ? ParamResolver.substitute(runbook, raw, params) : a.defaultValue();
            if (value == null) {
                throw OpsException.invalid(step.call() + " needs " + a.name());
            }
            if (!value.isEmpty()) {
                ParamValues.checkType(a.type(), value).ifPresent(p -> {
                    throw OpsException.invalid(step.call() + " argument " + a.name() + ": " + p);
                });
            }
            args.put(a.name(), value);
        }
        return args;
    }

    /**
     * Makes the call. Blocks on the operation's IO.
     *
     * @param dryRun true to call the preview form (artifacts.clean with dry_run) instead
     * @throws OpsException what the operation threw
     */
    public static Invocation invoke(Operations ops, Runbook runbook, RunbookStep step, Map<String, String> params,
            boolean dryRun) {
        Calls.CallSpec spec = spec(step);
        Map<String, String> args = arguments(runbook, step, params);
        if (dryRun && spec.operation() == dev.clio.ops.Operation.WORKFLOWS_EXECUTE) {
            // the preview of an execution is its plan
            spec = Calls.byId(dev.clio.ops.Operation.WORKFLOWS_PLAN.id()).orElseThrow();
        } else if (dryRun) {
            if (spec.dryRunArg() == null) {
                throw OpsException.invalid(step.call() + " has no dry-run preview");
            }
            args.put(spec.dryRunArg(), "true");
        }
        Object result = spec.invoke().apply(ops, new CallArgs(args));
        JsonNode json = OpsJson.mapper().valueToTree(result);
        if (json.isArray()) {
            ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
            wrapped.set("items", json);
            json = wrapped;
        }
        return new Invocation(spec.operation().id(), args, json, ResultDisplay.of(json), json.toPrettyString());
    }

    /** Whether the step's call has a dry-run preview. */
    public static boolean hasPreview(RunbookStep step) {
        return step.call() != null && Calls.byId(step.call()).map(s -> s.dryRunArg() != null
                || s.operation() == dev.clio.ops.Operation.WORKFLOWS_EXECUTE).orElse(false);
    }

    private static Calls.CallSpec spec(RunbookStep step) {
        return Calls.byId(step.call()).orElseThrow(() -> OpsException.invalid("step " + step.id()
                + " calls no known operation"));
    }
}
