package dev.clio.engine.workflow;

import java.util.List;
import java.util.Optional;

/**
 * What the one validator says about one document.
 *
 * @param workflow the model, present whenever the document was well-formed enough to build one (even with errors)
 */
public record ValidationResult(String file, Optional<Workflow> workflow, List<Diagnostic> diagnostics) {

    public ValidationResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public long count(Diagnostic.Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
