package dev.clio.runbook;

import dev.clio.engine.workflow.Suggestions;
import dev.clio.ops.OpsException;
import dev.clio.security.Redactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Turns the operator's {@code name=value} pairs into a runbook's checked parameter values, and substitutes them. */
public final class ParamResolver {

    private ParamResolver() {
    }

    /**
     * Defaults first, then the given values, each checked against its type, pattern and allowed values.
     *
     * @throws OpsException INVALID_REQUEST naming the parameter for an unknown name, a missing or a bad value
     */
    public static Map<String, String> resolve(Runbook runbook, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (!runbook.params().containsKey(name)) {
                String hint = Suggestions.closest(name, runbook.params().keySet()).map(s -> "did you mean '" + s
                        + "'? ").orElse("");
                throw OpsException.invalid("runbook " + runbook.id() + " has no parameter '" + name + "'; " + hint
                        + (runbook.params().isEmpty() ? "it takes none"
                                : "its parameters: " + String.join(", ", runbook.params().keySet())));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (RunbookParam p : runbook.params().values()) {
            String value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
            if (value == null) {
                continue; // only an error when a step that is run uses it
            }
            String shown = p.secret() ? Redactor.REDACTED : value;
            ParamValues.check(p, value).ifPresent(problem -> {
                throw OpsException.invalid("parameter " + p.name() + ": " + problem.replace(value, shown));
            });
            out.put(p.name(), value);
        }
        return out;
    }

    /** Replaces every {@code ${params.x}} of {@code text}; a parameter without a value is an actionable error. */
    static String substitute(Runbook runbook, String text, Map<String, String> values) {
        Matcher m = RunbookDocument.REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip().substring("params.".length());
            String v = values.get(name);
            if (v == null) {
                throw OpsException.invalid("parameter " + name + " has no default; give it with --param " + name
                        + "=VALUE");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The values as they may be recorded: secret parameters (and secret-looking names) redacted. */
    public static Map<String, String> redacted(Runbook runbook, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            RunbookParam p = runbook.params().get(k);
            boolean secret = (p != null && p.secret()) || Redactor.isSecretName(k);
            out.put(k, secret ? Redactor.REDACTED : Redactor.redactText(v));
        });
        return out;
    }

    public static List<String> secretNames(Runbook runbook) {
        return runbook.params().values().stream().filter(p -> p.secret() || Redactor.isSecretName(p.name()))
                .map(RunbookParam::name).toList();
    }
}
