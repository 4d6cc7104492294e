package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/** Ctrl+F / Ctrl+H: find (next, previous) and replace (one, all) with an optional regular expression. */
final class FindBar {

    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex = new CheckBox("Regex");
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();
    private final HBox replaceRow;
    private final HBox root;

    FindBar(CodeArea area) {
        this.area = area;
        find.setId("workflow-find");
        find.setPromptText("Find");
        find.setPrefColumnCount(22);
        replace.setId("workflow-replace");
        replace.setPromptText("Replace with");
        replace.setPrefColumnCount(18);
        regex.setId("workflow-find-regex");
        status.setId("workflow-find-status");
        status.getStyleClass().add(Styles.MUTED);
        Button next = button("Next", "workflow-find-next", this::next);
        Button previous = button("Previous", "workflow-find-previous", this::previous);
        Button one = button("Replace", "workflow-replace-one", this::replaceOne);
        Button all = button("Replace all", "workflow-replace-all", this::replaceAll);
        Button close = button("Close", "workflow-find-close", this::hide);
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        find.textProperty().addListener((obs, old, now) -> count());
        regex.selectedProperty().addListener((obs, old, now) -> count());
        replaceRow = new HBox(6, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        root = new HBox(6, find, previous, next, regex, matchCase, replaceRow, status, close);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("workflow-find-bar");
        root.getStyleClass().add(Styles.LOG_TOOLBAR);
        hide();
    }

    Node node() {
        return root;
    }

    void show(boolean withReplace) {
        root.setVisible(true);
        root.setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
        area.requestFocus();
    }

    private TextSearch.Query query() {
        return TextSearch.Query.of(find.getText(), regex.isSelected(), matchCase.isSelected());
    }

    private void count() {
        TextSearch.Query q = query();
        status.setText(q.problem().isEmpty() ? (find.getText().isEmpty() ? ""
                : TextSearch.count(area.getText(), q) + " matches") : q.problem());
    }

    void next() {
        select(TextSearch.next(area.getText(), query(), area.getSelection().getEnd()));
    }

    void previous() {
        select(TextSearch.previous(area.getText(), query(), area.getSelection().getStart()));
    }

    void replaceOne() {
        TextSearch.Query q = query();
        String text = area.getText();
        int[] hit = TextSearch.next(text, q, area.getSelection().getStart());
        if (hit == null || !area.isEditable()) {
            count();
            return;
        }
        area.replaceText(hit[0], hit[1], TextSearch.replacementFor(text, q, hit, replace.getText(),
                regex.isSelected()));
        next();
        count();
    }

    void replaceAll() {
        TextSearch.Query q = query();
        String text = area.getText();
        String changed = TextSearch.replaceAll(text, q, replace.getText(), regex.isSelected());
        if (!changed.equals(text) && area.isEditable()) {
            int n = TextSearch.count(text, q);
            area.replaceText(changed);
            status.setText("Replaced " + n + (n == 1 ? " match" : " matches"));
        } else {
            count();
        }
    }

    private void select(int[] hit) {
        TextSearch.Query q = query();
        if (!q.problem().isEmpty()) {
            status.setText(q.problem());
        } else if (hit == null) {
            status.setText(find.getText().isEmpty() ? "" : "No matches");
        } else {
            area.selectRange(hit[0], hit[1]);
            area.requestFollowCaret();
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
