package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import dev.clio.engine.workflow.Diagnostic;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor's problems: one row per diagnostic ({@code line:col severity message [rule]}); a click jumps to it. */
final class ProblemsList {

    private final ListView<Diagnostic> list = new ListView<>();
    private final Label summary = new Label();
    private final VBox root;

    ProblemsList(ObservableValue<List<Diagnostic>> diagnostics, BiConsumer<Integer, Integer> jump) {
        list.setId("workflow-problems");
        list.setPlaceholder(new Label("No problems: the validator accepts this workflow."));
        list.setCellFactory(v -> new ProblemCell());
        list.setOnMouseClicked(e -> jumpToSelected(jump));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                jumpToSelected(jump);
            }
        });
        summary.setId("workflow-problems-summary");
        summary.getStyleClass().add(Styles.MUTED);
        diagnostics.addListener((obs, old, now) -> show(now));
        show(diagnostics.getValue());
        root = new VBox(4, summary, list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        root.getStyleClass().add(Styles.WORKFLOW_PROBLEMS);
    }

    Node node() {
        return root;
    }

    ListView<Diagnostic> list() {
        return list;
    }

    private void jumpToSelected(BiConsumer<Integer, Integer> jump) {
        Diagnostic d = list.getSelectionModel().getSelectedItem();
        if (d != null) {
            jump.accept(d.line(), d.column());
        }
    }

    private void show(List<Diagnostic> diagnostics) {
        List<Diagnostic> all = diagnostics == null ? List.of() : diagnostics;
        list.getItems().setAll(all);
        long errors = all.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
        summary.setText("Problems: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
    }

    /** What a row shows; the same fields {@code cli-orchestrator verify} prints. */
    static String text(Diagnostic d) {
        return d.line() + ":" + d.column() + "  " + d.message() + " [" + d.rule() + "]";
    }

    private static final class ProblemCell extends ListCell<Diagnostic> {
        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(text(d));
            FontIcon icon = new FontIcon(switch (d.severity()) {
                case ERROR -> EditorGutter.ERROR_ICON;
                case WARNING -> EditorGutter.WARNING_ICON;
                case INFO -> EditorGutter.INFO_ICON;
            });
            icon.getStyleClass().add(switch (d.severity()) {
                case ERROR -> Styles.CRIT;
                case WARNING -> Styles.WARN;
                case INFO -> Styles.MUTED;
            });
            setGraphic(icon);
        }
    }
}
