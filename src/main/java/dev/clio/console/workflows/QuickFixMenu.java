package dev.clio.console.workflows;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.assist.QuickFix;
import dev.clio.engine.workflow.assist.QuickFixes;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * Ctrl+. : the fixes for the diagnostics on the caret's line, as a menu at the caret. Only fixes computed on the text
 * the diagnostics were made for are offered; while a new check is pending the menu says so.
 */
final class QuickFixMenu {

    static final String MENU_ID = "workflow-quick-fixes";

    private final WorkflowEditor editor;
    private final ContextMenu menu = new ContextMenu();

    QuickFixMenu(WorkflowEditor editor) {
        this.editor = editor;
        menu.setId(MENU_ID);
    }

    /** The fixes for the caret's line; empty when the text changed since the last check. */
    List<QuickFix> fixesAtCaret() {
        EditorAnalysis analysis = editor.analysisProperty().get();
        String text = editor.codeArea().getText();
        if (analysis == null || !analysis.text().equals(text)) {
            return List.of();
        }
        int line = editor.caretLineProperty().get();
        List<QuickFix> fixes = new ArrayList<>();
        for (Diagnostic d : analysis.diagnostics()) {
            if (d.line() <= line && line <= d.endLine()) {
                fixes.addAll(QuickFixes.of(d, text));
            }
        }
        return fixes;
    }

    void open() {
        List<QuickFix> fixes = fixesAtCaret();
        List<MenuItem> items = new ArrayList<>();
        for (QuickFix fix : fixes) {
            MenuItem item = new MenuItem(fix.title());
            item.setOnAction(e -> apply(fix));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(pending() ? "Checking the text; try again in a moment"
                    : "No quick fix for this line");
            none.setDisable(true);
            items.add(none);
        }
        menu.getItems().setAll(items);
        Bounds caret = editor.codeArea().getCaretBounds().orElse(null);
        if (caret != null) {
            menu.show(editor.codeArea(), caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    void apply(QuickFix fix) {
        var area = editor.codeArea();
        if (fix.edit().end() <= area.getLength()) {
            area.replaceText(fix.edit().start(), fix.edit().end(), fix.edit().replacement());
            area.requestFocus();
        }
    }

    ContextMenu menu() {
        return menu;
    }

    private boolean pending() {
        EditorAnalysis analysis = editor.analysisProperty().get();
        return analysis == null || !analysis.text().equals(editor.codeArea().getText());
    }
}
