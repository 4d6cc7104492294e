package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.runbook.VerdictRule.Outcome;
import dev.clio.runbook.VerdictRule.Verdict;
import java.util.Locale;

/** Decides a step's verdict from its result and words it, the measured value shown with its unit. */
public final class Verdicts {

    private Verdicts() {
    }

    /** The decision: verdict, the sentence with placeholders filled in, and the suggested next step. */
    public record Decision(Verdict verdict, String summary, String next) {
    }

    public static Decision decide(RunbookStep step, JsonNode result) {
        for (VerdictRule rule : step.verdict()) {
            JsonNode value = ValueReader.read(rule.value(), result);
            if (Comparisons.matches(value, rule.op(), rule.than())) {
                return decision(rule.outcome(), rule, value, step.next());
            }
        }
        if (step.otherwise() == null) {
            return new Decision(Verdict.NONE, "", step.next());
        }
        VerdictRule first = step.verdict().isEmpty() ? null : step.verdict().get(0);
        JsonNode value = first == null ? null : ValueReader.read(first.value(), result);
        return decision(step.otherwise(), first, value, step.next());
    }

    private static Decision decision(Outcome o, VerdictRule rule, JsonNode value, String stepNext) {
        String say = o.say();
        if (rule != null) {
            say = say.replace("{value}", render(value, rule.value().leafName()))
                    .replace("{than}", rule.than() == null ? "" : render(rule.than(), rule.value().leafName()));
        }
        return new Decision(o.status(), say, o.next() != null ? o.next() : stepNext);
    }

    /** A value with the unit its field name implies; "no value" when there is none. */
    static String render(JsonNode value, String field) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "no value";
        }
        if (!value.isNumber()) {
            return value.isValueNode() ? value.asText() : value.toString();
        }
        double d = value.asDouble();
        if (field.endsWith("_percent")) {
            return number(d) + " %";
        }
        if (field.equals("error_rate") || field.equals("success_rate")) {
            // metrics.summary gives these as fractions of 1; the runbook and the tiles speak in percent
            return number(d * 100) + " %";
        }
        if (field.endsWith("_ms")) {
            return number(d) + " ms";
        }
        if (field.endsWith("_seconds")) {
            return number(d) + " s";
        }
        if (field.endsWith("_bytes")) {
            return bytes(d);
        }
        return number(d);
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Math.abs(d) < 1) {
            // 0.004 is not "0.0": small values keep three decimals, without trailing zeros
            return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
        }
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String bytes(double d) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (Math.abs(d) >= 1024 && u < units.length - 1) {
            d /= 1024;
            u++;
        }
        return (u == 0 ? number(d) : String.format(Locale.ROOT, "%.1f", d)) + " " + units[u];
    }
}
