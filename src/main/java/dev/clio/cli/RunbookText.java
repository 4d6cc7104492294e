package dev.clio.cli;

import dev.clio.ops.Runbooks.Display;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.runbook.Runbook;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How {@code runbook run} prints results: one verdict line per step (and its table for a single step), or JSON. */
final class RunbookText {

    private RunbookText() {
    }

    static void print(Runbook runbook, List<StepResult> results, boolean details, Output out) {
        if (out.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("runbook", runbook.id());
            m.put("steps", results.stream().map(RunbookText::json).toList());
            out.printJson(m);
            return;
        }
        PrintWriter w = out.out();
        w.println(runbook.title() + " (" + runbook.id() + ")");
        for (StepResult r : results) {
            String mark = r.ok() ? r.verdict().equals("none") ? "ok" : r.verdict() : r.status();
            w.println(String.format(Locale.ROOT, "  %-8s %-12s %s", "[" + mark.toUpperCase(Locale.ROOT) + "]",
                    r.stepId(), TextTable.clean(r.summary())));
            if (r.next() != null && r.ok() && !r.verdict().equals("pass")) {
                w.println("           next: " + r.next());
            }
            if (details) {
                display(r.display(), w);
            }
        }
    }

    private static void display(Display d, PrintWriter w) {
        if (d.kind().equals("table") && !d.columns().isEmpty()) {
            TextTable t = new TextTable(d.columns());
            d.rows().forEach(t::row);
            t.print(w);
        } else if (d.kind().equals("text") && !d.text().isEmpty()) {
            w.println(d.text().stripTrailing());
        }
    }

    static Map<String, Object> json(StepResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.stepId());
        m.put("kind", r.kind());
        m.put("status", r.status());
        m.put("verdict", r.verdict());
        m.put("summary", r.summary());
        m.put("next", r.next());
        m.put("operation", r.operation());
        m.put("duration_ms", r.durationMs());
        m.put("params", r.params());
        m.put("digest", r.digest());
        m.put("display", r.display());
        return m;
    }
}
