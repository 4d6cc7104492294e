package dev.clio.console.workflows;

import java.util.function.BiConsumer;
import javafx.scene.control.TextInputDialog;
import org.fxmisc.richtext.CodeArea;

/** Ctrl+G: asks for a line (or {@code line:column}) and jumps there. Not modal-blocking: the answer arrives later. */
final class GoToLine {

    private GoToLine() {
    }

    static void ask(CodeArea area, BiConsumer<Integer, Integer> jump) {
        TextInputDialog dialog = new TextInputDialog(String.valueOf(area.getCurrentParagraph() + 1));
        dialog.setTitle("Go to line");
        dialog.setHeaderText("Line (1–" + area.getParagraphs().size() + "), or line:column");
        dialog.getEditor().setId("workflow-goto-line");
        if (area.getScene() != null) {
            dialog.initOwner(area.getScene().getWindow());
        }
        dialog.resultProperty().addListener((obs, old, answer) -> {
            int[] target = parse(answer);
            if (target != null) {
                jump.accept(target[0], target[1]);
            }
        });
        dialog.show();
    }

    /** {@code 12} or {@code 12:5} as {line, column}; null for anything else. */
    static int[] parse(String answer) {
        if (answer == null) {
            return null;
        }
        String[] parts = answer.strip().split(":", 2);
        try {
            int line = Integer.parseInt(parts[0].strip());
            int column = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1;
            return line >= 1 && column >= 1 ? new int[] {line, column} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
