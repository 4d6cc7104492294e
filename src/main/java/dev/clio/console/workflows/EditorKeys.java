package dev.clio.console.workflows;

import static javafx.scene.input.KeyCode.ENTER;
import static javafx.scene.input.KeyCode.SLASH;
import static javafx.scene.input.KeyCode.TAB;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The editor's indentation keys: Tab inserts spaces (or indents the selected lines), Shift+Tab outdents, Enter keeps
 * the indentation (one level more after a {@code key:}), Ctrl+/ toggles comments. Each is one replacement, so one undo.
 */
final class EditorKeys {

    private final CodeArea area;

    private EditorKeys(CodeArea area) {
        this.area = area;
    }

    static void install(CodeArea area) {
        EditorKeys keys = new EditorKeys(area);
        Nodes.addInputMap(area, sequence(
                consume(keyPressed(TAB), e -> keys.tab()),
                consume(keyPressed(TAB, SHIFT_DOWN), e -> keys.lines(LineEdits::outdent)),
                consume(keyPressed(ENTER), e -> keys.enter()),
                consume(keyPressed(SLASH, SHORTCUT_DOWN), e -> keys.lines(LineEdits::toggleComment))));
    }

    /** Comments out the selected lines, or uncomments them (the palette's "Toggle comment"). */
    static void toggleComment(CodeArea area) {
        new EditorKeys(area).lines(LineEdits::toggleComment);
    }

    private void tab() {
        if (!area.isEditable()) {
            return;
        }
        if (firstLine() != lastLine()) {
            lines(LineEdits::indent);
        } else {
            area.replaceSelection(LineEdits.INDENT);
        }
    }

    private void enter() {
        if (!area.isEditable()) {
            return;
        }
        int par = area.getCurrentParagraph();
        String before = area.getText(par).substring(0, area.getCaretColumn());
        area.replaceSelection(LineEdits.newline(before));
        area.requestFollowCaret();
    }

    /** Replaces the selected lines (or the caret's) by {@code edit} of them, keeping them selected. */
    void lines(UnaryOperator<List<String>> edit) {
        if (!area.isEditable()) {
            return;
        }
        int first = firstLine();
        int last = lastLine();
        List<String> lines = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            lines.add(area.getText(p));
        }
        List<String> changed = edit.apply(lines);
        if (changed.equals(lines)) {
            return;
        }
        int start = area.getAbsolutePosition(first, 0);
        int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
        boolean caretOnly = area.getSelection().getLength() == 0;
        int caretColumn = area.getCaretColumn();
        String text = String.join("\n", changed);
        area.replaceText(start, end, text);
        if (caretOnly) {
            int shift = changed.get(0).length() - lines.get(0).length();
            area.moveTo(area.getAbsolutePosition(first, Math.max(0, Math.min(caretColumn + shift,
                    changed.get(0).length()))));
        } else {
            area.selectRange(start, start + text.length());
        }
    }

    private int firstLine() {
        return area.offsetToPosition(area.getSelection().getStart(), Bias.Forward).getMajor();
    }

    private int lastLine() {
        var sel = area.getSelection();
        if (sel.getLength() == 0) {
            return firstLine();
        }
        var end = area.offsetToPosition(sel.getEnd(), Bias.Backward);
        // a selection ending at the start of a line does not include that line
        return end.getMinor() == 0 && end.getMajor() > firstLine() ? end.getMajor() - 1 : end.getMajor();
    }
}
