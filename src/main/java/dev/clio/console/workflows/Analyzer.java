package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.WorkflowValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Computes an {@link EditorAnalysis}: the one {@link WorkflowValidator} (so the editor says what
 * {@code cli-orchestrator verify} says), the highlighter, and the underlines at each diagnostic's exact range.
 * Thread-safe; runs on the IO executor.
 */
final class Analyzer {

    private static final Map<Diagnostic.Severity, String> UNDERLINE = new EnumMap<>(Map.of(
            Diagnostic.Severity.ERROR, Styles.DIAG_ERROR,
            Diagnostic.Severity.WARNING, Styles.DIAG_WARNING,
            Diagnostic.Severity.INFO, Styles.DIAG_INFO));

    private final WorkflowValidator validator;

    Analyzer(WorkflowValidator validator) {
        this.validator = validator;
    }

    EditorAnalysis analyze(long version, String label, String text) {
        ValidationResult result = validator.validate(label, text);
        StyleSpans<Collection<String>> spans = YamlHighlighter.spans(text);
        LineIndex lines = LineIndex.of(text);
        if (!result.diagnostics().isEmpty() && !text.isEmpty()) {
            spans = spans.overlay(underlines(result.diagnostics(), lines, text.length()), Analyzer::merge);
        }
        Map<Integer, Diagnostic.Severity> worst = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            worst.merge(Math.min(d.line(), lines.lines()), d.severity(),
                    (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        return new EditorAnalysis(version, text, result, spans, worst);
    }

    /** The character range a diagnostic underlines: its source range, at least one character, inside the text. */
    static int[] range(Diagnostic d, LineIndex lines, int length) {
        int start = lines.offset(d.line(), d.column());
        int end = lines.offset(d.endLine(), d.endColumn());
        if (end <= start) {
            end = Math.min(start + 1, length);
            if (end == start && start > 0) {
                start--;
            }
        }
        return new int[] {start, end};
    }

    private static StyleSpans<Collection<String>> underlines(List<Diagnostic> diagnostics, LineIndex lines,
            int length) {
        // one class per character, the worst severity winning, then run-length encoded
        byte[] marks = new byte[length];
        for (Diagnostic d : diagnostics) {
            int[] r = range(d, lines, length);
            byte mark = (byte) (3 - d.severity().ordinal());
            for (int i = r[0]; i < r[1]; i++) {
                marks[i] = (byte) Math.max(marks[i], mark);
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int i = 0;
        while (i < length) {
            int j = i;
            while (j < length && marks[j] == marks[i]) {
                j++;
            }
            builder.add(marks[i] == 0 ? List.of() : List.of(UNDERLINE.get(Diagnostic.Severity.values()[3 - marks[i]])),
                    j - i);
            i = j;
        }
        return builder.create();
    }

    private static Collection<String> merge(Collection<String> token, Collection<String> underline) {
        if (underline.isEmpty()) {
            return token;
        }
        if (token.isEmpty()) {
            return underline;
        }
        List<String> both = new ArrayList<>(token);
        both.addAll(underline);
        return both;
    }
}
