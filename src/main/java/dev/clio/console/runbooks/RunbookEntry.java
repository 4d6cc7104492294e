package dev.clio.console.runbooks;

import dev.clio.runbook.Runbook;
import java.util.List;

/**
 * One line of the runbook list: a severity heading, a runbook, or a user runbook file that did not load (with its
 * diagnostics as {@code file:line:col: error: message} sentences).
 *
 * @param runbookOrNull the runbook of a {@link Kind#RUNBOOK} line
 * @param diagnostics the problems of an {@link Kind#INVALID} file; empty otherwise
 */
record RunbookEntry(Kind kind, String title, String detail, Runbook runbookOrNull, List<String> diagnostics) {

    enum Kind { HEADING, RUNBOOK, INVALID }

    RunbookEntry {
        diagnostics = List.copyOf(diagnostics);
    }

    static RunbookEntry heading(String title) {
        return new RunbookEntry(Kind.HEADING, title, "", null, List.of());
    }

    static RunbookEntry of(Runbook runbook) {
        String detail = runbook.source() + (runbook.responseTime() == null ? ""
                : " · respond within " + Texts.duration(runbook.responseTime()));
        return new RunbookEntry(Kind.RUNBOOK, runbook.title(), detail, runbook, List.of());
    }

    static RunbookEntry invalid(String file, List<String> diagnostics) {
        return new RunbookEntry(Kind.INVALID, file, diagnostics.size() + (diagnostics.size() == 1 ? " problem"
                : " problems") + ": not loaded", null, diagnostics);
    }

    String runbookId() {
        return runbookOrNull == null ? null : runbookOrNull.id();
    }

    /** What the search matches: title, id, symptoms, alerts and KPIs. */
    String searchText() {
        if (runbookOrNull == null) {
            return title + " " + String.join(" ", diagnostics);
        }
        Runbook r = runbookOrNull;
        return r.title() + " " + r.id() + " " + String.join(" ", r.symptoms()) + " " + String.join(" ", r.alerts())
                + " " + String.join(" ", r.kpis());
    }
}
