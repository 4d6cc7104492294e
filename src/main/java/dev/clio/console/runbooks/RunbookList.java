package dev.clio.console.runbooks;

import dev.clio.console.common.FuzzyMatcher;
import dev.clio.engine.workflow.Diagnostic;
import dev.clio.runbook.CatalogSnapshot;
import dev.clio.runbook.Runbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list's lines for a catalog snapshot and a search: runbooks grouped by severity (critical first), then the user
 * files that did not load. A search keeps substring matches first, then fuzzy ones; headings of empty groups go.
 */
final class RunbookList {

    private RunbookList() {
    }

    static List<RunbookEntry> entries(CatalogSnapshot snapshot, String query) {
        String q = query == null ? "" : query.strip();
        List<RunbookEntry> out = new ArrayList<>();
        for (Runbook.Severity severity : Runbook.Severity.values()) {
            List<RunbookEntry> group = matching(snapshot.bySeverity(severity).stream().map(RunbookEntry::of)
                    .toList(), q);
            if (!group.isEmpty()) {
                out.add(RunbookEntry.heading(capitalized(severity.label())));
                out.addAll(group);
            }
        }
        List<RunbookEntry> invalid = matching(invalid(snapshot), q);
        if (!invalid.isEmpty()) {
            out.add(RunbookEntry.heading("Not loaded"));
            out.addAll(invalid);
        }
        return out;
    }

    /** User files with at least one error, each with all its diagnostics (warnings of valid files are not shown). */
    static List<RunbookEntry> invalid(CatalogSnapshot snapshot) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (Diagnostic d : snapshot.diagnostics()) {
            byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d.toLine());
        }
        List<RunbookEntry> out = new ArrayList<>();
        byFile.forEach((file, lines) -> {
            boolean loaded = snapshot.runbooks().stream().anyMatch(r -> r.file().equals(file));
            if (!loaded) {
                out.add(RunbookEntry.invalid(file, lines));
            }
        });
        return out;
    }

    private static List<RunbookEntry> matching(List<RunbookEntry> entries, String q) {
        if (q.isEmpty()) {
            return entries;
        }
        String lower = q.toLowerCase(Locale.ROOT);
        List<RunbookEntry> substring = entries.stream()
                .filter(e -> e.searchText().toLowerCase(Locale.ROOT).contains(lower)).toList();
        List<RunbookEntry> out = new ArrayList<>(substring);
        FuzzyMatcher.rank(q, entries, RunbookEntry::title).stream().filter(e -> !out.contains(e)).forEach(out::add);
        return out;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
