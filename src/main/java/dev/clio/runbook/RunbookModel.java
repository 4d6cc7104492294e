package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.Durations;
import dev.clio.runbook.RunbookParam.ParamType;
import dev.clio.runbook.RunbookStep.StepKind;
import dev.clio.runbook.VerdictRule.Outcome;
import dev.clio.runbook.VerdictRule.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the {@link Runbook} records from a document that passed every rule. */
final class RunbookModel {

    private RunbookModel() {
    }

    static Runbook build(JsonNode root, Map<String, ValuePath> paths, String source, String file) {
        Map<String, RunbookParam> params = new LinkedHashMap<>();
        root.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), param(e.getKey(), e.getValue())));
        List<RunbookStep> steps = new ArrayList<>();
        JsonNode s = root.path("steps");
        for (int i = 0; i < s.size(); i++) {
            steps.add(step(s.get(i), "/steps/" + i, paths));
        }
        return new Runbook(root.path("id").asText(), root.path("title").asText(),
                Runbook.Severity.valueOf(upper(root.path("severity").asText())),
                root.has("response_time") ? Durations.parse("response_time", root.get("response_time").asText())
                        : null,
                texts(root.path("alerts")), texts(root.path("kpis")), texts(root.path("symptoms")), params, steps,
                source, file);
    }

    private static RunbookParam param(String name, JsonNode p) {
        return new RunbookParam(name, ParamType.valueOf(upper(p.path("type").asText())), text(p, "default"),
                text(p, "pattern"), texts(p.path("allowed")), p.path("secret").asBoolean(false),
                p.path("description").asText(""));
    }

    private static RunbookStep step(JsonNode s, String at, Map<String, ValuePath> paths) {
        StepKind kind = StepKind.valueOf(upper(s.path("kind").asText()));
        Map<String, String> with = new LinkedHashMap<>();
        s.path("with").fields().forEachRemaining(e -> with.put(e.getKey(), e.getValue().asText()));
        List<VerdictRule> rules = new ArrayList<>();
        JsonNode v = s.path("verdict");
        for (int i = 0; i < v.size(); i++) {
            JsonNode when = v.get(i).path("when");
            VerdictRule.Op op = when.has("op") ? VerdictRule.Op.of(when.get("op").asText()) : null;
            rules.add(new VerdictRule(paths.get(at + "/verdict/" + i + "/when/value"), op, when.get("than"),
                    outcome(v.get(i))));
        }
        Outcome otherwise = s.has("otherwise") ? outcome(s.get("otherwise"))
                : rules.isEmpty() ? null : new Outcome(Verdict.PASS, "", null);
        CommandSpec command = kind == StepKind.COMMAND ? command(s) : null;
        return new RunbookStep(s.path("id").asText(), s.path("title").asText(s.path("id").asText()),
                s.path("why").asText(""), kind, text(s, "call"), with, rules, otherwise, text(s, "next"),
                s.path("effect").asText(""), s.path("dangerous").asBoolean(false), text(s, "instructions"), command);
    }

    private static Outcome outcome(JsonNode o) {
        return new Outcome(Verdict.valueOf(upper(o.path("status").asText())), o.path("say").asText(""),
                text(o, "next"));
    }

    private static CommandSpec command(JsonNode s) {
        return new CommandSpec(texts(s.path("argv")), s.path("cwd").asText("workspace"), texts(s.path("env")),
                s.has("timeout") ? Durations.parse("timeout", s.get("timeout").asText()) : CommandSpec.DEFAULT_TIMEOUT,
                s.has("output_limit") ? (int) Sizes.parse(s.get("output_limit").asText())
                        : CommandSpec.DEFAULT_OUTPUT_LIMIT,
                s.path("read_only").asBoolean(false));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
