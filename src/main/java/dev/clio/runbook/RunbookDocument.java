package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.workflow.Diagnostic.Severity;
import dev.clio.engine.workflow.Findings;
import dev.clio.engine.workflow.SourceRange;
import dev.clio.engine.workflow.YamlDocument;
import dev.clio.kpi.KpiCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A loaded runbook document under validation: its tree, where to report, and what the rules parsed on the way. */
final class RunbookDocument {

    /** {@code ${...}}; the inside must be {@code params.NAME}. */
    static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    static final Pattern PARAM_REF = Pattern.compile("params\\.([a-z][a-z0-9_]*)");

    private final YamlDocument document;
    private final Findings findings;
    private final KpiCatalog kpis;
    private final Map<String, ValuePath> paths = new HashMap<>();

    RunbookDocument(YamlDocument document, Findings findings, KpiCatalog kpis) {
        this.document = document;
        this.findings = findings;
        this.kpis = kpis;
    }

    JsonNode root() {
        return document.root();
    }

    Findings findings() {
        return findings;
    }

    KpiCatalog kpis() {
        return kpis;
    }

    /** Value paths parsed by {@link VerdictRules}, by the pointer of their {@code value} field. */
    Map<String, ValuePath> paths() {
        return paths;
    }

    void error(String pointer, String rule, String message) {
        findings.error(pointer, rule, message);
    }

    void warning(String pointer, String rule, String message) {
        findings.warning(pointer, rule, message);
    }

    void keyError(String pointer, String rule, String message) {
        findings.onKey(pointer, Severity.ERROR, rule, message);
    }

    /** An error at a character offset inside the scalar at {@code pointer} (quotes accounted for). */
    void errorAt(String pointer, int offset, String rule, String message) {
        SourceRange r = document.positions().value(pointer);
        int quote = quoted(r) ? 1 : 0;
        int column = r.line() == r.endLine() ? r.column() + quote + offset : r.column();
        findings.at(new SourceRange(r.line(), column, r.line(), column + 1), Severity.ERROR, rule, pointer, message);
    }

    private boolean quoted(SourceRange r) {
        String[] lines = document.text().split("\n", -1);
        if (r.line() - 1 >= lines.length) {
            return false;
        }
        String line = lines[r.line() - 1];
        int i = r.column() - 1;
        return i >= 0 && i < line.length() && (line.charAt(i) == '\'' || line.charAt(i) == '"');
    }

    /** The parameter names a text refers to as {@code ${params.x}}; malformed references are reported. */
    List<String> references(String pointer, String text) {
        List<String> names = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            Matcher p = PARAM_REF.matcher(m.group(1).strip());
            if (p.matches()) {
                names.add(p.group(1));
            } else {
                errorAt(pointer, m.start(), "bad-reference", "'" + m.group() + "' is not a parameter reference; "
                        + "write ${params.NAME}");
            }
        }
        return names;
    }

    /** True when the whole text is one {@code ${params.x}} reference. */
    static boolean isWholeReference(String text) {
        Matcher m = REFERENCE.matcher(text.strip());
        return m.matches() && PARAM_REF.matcher(m.group(1).strip()).matches();
    }

    List<String> stepIds() {
        List<String> ids = new ArrayList<>();
        root().path("steps").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }
}
