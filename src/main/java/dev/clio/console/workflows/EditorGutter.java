package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import dev.clio.engine.workflow.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor's gutter: a severity marker (with the line's messages as tooltip) next to the line number. One factory
 * for the editor's life; an analysis recreates only the graphics of lines whose marker changed (replacing the factory
 * would rebuild every visible cell, and doing that in the middle of a layout trips Flowless).
 */
final class EditorGutter {

    static final String ERROR_ICON = "mdi2c-close-circle";
    static final String WARNING_ICON = "mdi2a-alert";
    static final String INFO_ICON = "mdi2i-information";

    private final CodeArea area;
    private Map<Integer, Diagnostic.Severity> worst = Map.of();
    private List<Diagnostic> diagnostics = List.of();

    EditorGutter(CodeArea area) {
        this.area = area;
        area.setParagraphGraphicFactory(factory());
    }

    /** Shows new markers; recreates the graphics of the lines whose marker or messages changed. */
    void update(Map<Integer, Diagnostic.Severity> nextWorst, List<Diagnostic> nextDiagnostics) {
        java.util.Set<Integer> lines = new java.util.HashSet<>(worst.keySet());
        lines.addAll(nextWorst.keySet());
        Map<Integer, Diagnostic.Severity> before = worst;
        List<Diagnostic> beforeDiagnostics = diagnostics;
        worst = nextWorst;
        diagnostics = nextDiagnostics;
        int paragraphs = area.getParagraphs().size();
        for (int line : lines) {
            boolean same = java.util.Objects.equals(before.get(line), nextWorst.get(line))
                    && messages(beforeDiagnostics, line).equals(messages(nextDiagnostics, line));
            if (!same && line >= 1 && line <= paragraphs) {
                area.recreateParagraphGraphic(line - 1);
            }
        }
    }

    private IntFunction<Node> factory() {
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        return paragraph -> {
            Node number = numbers.apply(paragraph);
            Diagnostic.Severity severity = worst.get(paragraph + 1);
            Node marker = severity == null ? blank() : marker(severity, paragraph + 1, diagnostics);
            HBox box = new HBox(2, marker, number);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add(Styles.WORKFLOW_GUTTER);
            return box;
        };
    }

    private static Node blank() {
        Label gap = new Label();
        gap.setMinWidth(14);
        gap.setPrefWidth(14);
        return gap;
    }

    private static String messages(List<Diagnostic> diagnostics, int line) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (d.line() == line) {
                text.append(text.isEmpty() ? "" : "\n").append(d.severity().label()).append(": ").append(d.message())
                        .append(" [").append(d.rule()).append(']');
            }
        }
        return text.toString();
    }

    private static Node marker(Diagnostic.Severity severity, int line, List<Diagnostic> diagnostics) {
        FontIcon icon = new FontIcon(switch (severity) {
            case ERROR -> ERROR_ICON;
            case WARNING -> WARNING_ICON;
            case INFO -> INFO_ICON;
        });
        icon.getStyleClass().add(switch (severity) {
            case ERROR -> Styles.CRIT;
            case WARNING -> Styles.WARN;
            case INFO -> Styles.MUTED;
        });
        Label label = new Label(null, icon);
        label.setMinWidth(14);
        label.setPrefWidth(14);
        label.getStyleClass().add(Styles.DIAG_MARKER_PREFIX + severity.label());
        label.setTooltip(new Tooltip(messages(diagnostics, line)));
        return label;
    }
}
