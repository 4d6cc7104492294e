package dev.clio.runbook;

import dev.clio.engine.workflow.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The runbooks in force at one moment: the valid ones (built-ins first, in index order, then user runbooks by file
 * name) and every diagnostic of the files that were read.
 */
public record CatalogSnapshot(List<Runbook> runbooks, List<Diagnostic> diagnostics) {

    public CatalogSnapshot {
        runbooks = List.copyOf(runbooks);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Runbook> runbook(String id) {
        return runbooks.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Diagnostics of one file (its label as loaded: {@code builtin:NAME} or the user file's path). */
    public List<Diagnostic> diagnostics(String file) {
        return diagnostics.stream().filter(d -> d.file().equals(file)).toList();
    }

    public List<Runbook> bySeverity(Runbook.Severity severity) {
        return runbooks.stream().filter(r -> r.severity() == severity).toList();
    }
}
