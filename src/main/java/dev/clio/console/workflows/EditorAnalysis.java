package dev.clio.console.workflows;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.ValidationResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Everything computed off the UI thread for one version of an editor's text: the one validator's result, the style
 * spans (YAML tokens with diagnostic underlines laid over them) and each line's worst severity for the gutter.
 *
 * @param version the editor's text version this was computed for; an older version than the editor's is discarded
 * @param lineSeverity 1-based line to the worst severity of the diagnostics starting on it
 */
public record EditorAnalysis(long version, String text, ValidationResult result,
        StyleSpans<Collection<String>> spans, Map<Integer, Diagnostic.Severity> lineSeverity) {

    public EditorAnalysis {
        lineSeverity = Map.copyOf(lineSeverity);
    }

    public List<Diagnostic> diagnostics() {
        return result.diagnostics();
    }
}
