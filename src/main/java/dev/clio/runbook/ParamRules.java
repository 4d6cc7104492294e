package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.runbook.RunbookParam.ParamType;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parameters: defaults and allowed values of the declared type, patterns that compile and that defaults match. */
final class ParamRules {

    private ParamRules() {
    }

    static void check(RunbookDocument doc) {
        Iterator<Map.Entry<String, JsonNode>> it = doc.root().path("params").fields();
        while (it.hasNext()) {
            var e = it.next();
            check(doc, "/params/" + e.getKey(), e.getValue());
        }
        checkKpis(doc);
    }

    private static void check(RunbookDocument doc, String at, JsonNode p) {
        ParamType type = ParamType.valueOf(p.path("type").asText().toUpperCase(Locale.ROOT));
        String pattern = p.hasNonNull("pattern") ? p.get("pattern").asText() : null;
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                doc.error(at + "/pattern", "bad-pattern", "the pattern does not compile: " + e.getDescription()
                        + " near index " + e.getIndex());
                pattern = null;
            }
        }
        if (p.has("default")) {
            checkValue(doc, at + "/default", type, pattern, p.get("default").asText(), "the default");
        }
        JsonNode allowed = p.path("allowed");
        for (int i = 0; i < allowed.size(); i++) {
            checkValue(doc, at + "/allowed/" + i, type, pattern, allowed.get(i).asText(), "the allowed value");
        }
        if (p.has("default") && allowed.size() > 0) {
            String d = p.get("default").asText();
            boolean listed = false;
            for (JsonNode a : allowed) {
                listed |= a.asText().equals(d);
            }
            if (!listed) {
                doc.error(at + "/default", "default-not-allowed", "the default '" + d
                        + "' is not one of the allowed values");
            }
        }
    }

    private static void checkValue(RunbookDocument doc, String at, ParamType type, String pattern, String value,
            String what) {
        Optional<String> problem = ParamValues.checkType(type, value);
        if (problem.isPresent()) {
            doc.error(at, "bad-default", what + " " + problem.get() + " (the parameter is a " + type.label() + ")");
        } else if (pattern != null && !ParamValues.matches(pattern, value)) {
            doc.error(at, "bad-default", what + " '" + value + "' does not match the parameter's pattern "
                    + pattern);
        }
    }

    /** Alert and KPI ids must name entries of the KPI catalog, so "Open runbook" and verification find them. */
    private static void checkKpis(RunbookDocument doc) {
        var alertIds = doc.kpis().rules().stream().map(r -> r.id()).toList();
        var kpiIds = doc.kpis().kpis().stream().map(k -> k.id()).toList();
        JsonNode alerts = doc.root().path("alerts");
        for (int i = 0; i < alerts.size(); i++) {
            unknown(doc, "/alerts/" + i, alerts.get(i).asText(), alertIds, "alert rule", "kpi/alerts.yaml");
        }
        JsonNode kpis = doc.root().path("kpis");
        for (int i = 0; i < kpis.size(); i++) {
            unknown(doc, "/kpis/" + i, kpis.get(i).asText(), kpiIds, "KPI", "kpi/kpis.yaml");
        }
    }

    private static void unknown(RunbookDocument doc, String at, String id, java.util.List<String> known, String what,
            String file) {
        if (!known.contains(id)) {
            String hint = dev.clio.engine.workflow.Suggestions.closest(id, known).map(s -> "did you mean '" + s
                    + "'? ").orElse("");
            doc.error(at, "unknown-" + (what.equals("KPI") ? "kpi" : "alert"), "unknown " + what + " '" + id + "'; "
                    + hint + "the ids are in " + file);
        }
    }
}
