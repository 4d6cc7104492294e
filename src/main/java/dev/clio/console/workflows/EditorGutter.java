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
 * The editor's gutter: a severity marker (with the line's messages as tooltip) next to the line number. Rebuilt per
 * analysis; RichTextFX only creates graphics for the visible lines, so that is cheap on long files.
 */
final class EditorGutter {

    static final String ERROR_ICON = "mdi2c-close-circle";
    static final String WARNING_ICON = "mdi2a-alert";
    static final String INFO_ICON = "mdi2i-information";

    private EditorGutter() {
    }

    static IntFunction<Node> factory(CodeArea area, Map<Integer, Diagnostic.Severity> worst,
            List<Diagnostic> diagnostics) {
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
        label.getStyleClass().add("ops-diag-marker-" + severity.label());
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (d.line() == line) {
                text.append(text.isEmpty() ? "" : "\n").append(d.severity().label()).append(": ").append(d.message())
                        .append(" [").append(d.rule()).append(']');
            }
        }
        label.setTooltip(new Tooltip(text.toString()));
        return label;
    }
}
