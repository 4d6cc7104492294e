package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** Shows the editor's text against the file on disk as a unified diff ({@code -} editor, {@code +} disk). */
final class DiffWindow {

    private DiffWindow() {
    }

    static StyleClassedTextArea area(String mine, String disk) {
        List<TextDiff.Line> lines = TextDiff.lines(mine, disk);
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId("workflow-diff");
        area.getStyleClass().addAll(Styles.WORKFLOW_EDITOR, Styles.WORKFLOW_DIFF);
        area.setEditable(false);
        StringBuilder text = new StringBuilder();
        for (TextDiff.Line line : lines) {
            text.append(text.isEmpty() ? "" : "\n").append(line.unified());
        }
        area.replaceText(text.toString());
        int offset = 0;
        for (TextDiff.Line line : lines) {
            int length = line.unified().length();
            if (line.op() != TextDiff.Op.SAME) {
                area.setStyleClass(offset, offset + length, line.op() == TextDiff.Op.ADDED ? Styles.DIFF_ADDED
                        : Styles.DIFF_REMOVED);
            }
            offset += length + 1;
        }
        return area;
    }

    static void show(Node owner, String name, String mine, String disk) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle("Compare " + name);
        alert.setHeaderText(name + ": lines marked - are only in the editor, + only on disk");
        VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area(mine, disk));
        pane.setPrefSize(820, 520);
        alert.getDialogPane().setContent(pane);
        alert.getDialogPane().setId("workflow-compare");
        alert.setResizable(true);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.show();
    }
}
