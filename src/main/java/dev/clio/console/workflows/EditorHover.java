package dev.clio.console.workflows;

import dev.clio.engine.workflow.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** Shows the messages of the diagnostics under the mouse after a short rest over the text. */
final class EditorHover {

    static final String POPUP_ID = "workflow-hover";

    private EditorHover() {
    }

    static void install(CodeArea area, ObservableValue<List<Diagnostic>> diagnostics) {
        Popup popup = new Popup();
        Label label = new Label();
        label.setId(POPUP_ID);
        label.getStyleClass().add(dev.clio.console.common.Styles.WORKFLOW_HOVER);
        label.setWrapText(true);
        label.setMaxWidth(560);
        popup.getContent().add(label);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = messagesAt(area.getText(), e.getCharacterIndex(), diagnostics.getValue());
            if (!text.isEmpty()) {
                label.setText(text);
                popup.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    /** The messages of every diagnostic whose range covers {@code offset}, one per line. */
    static String messagesAt(String text, int offset, List<Diagnostic> diagnostics) {
        if (diagnostics == null || diagnostics.isEmpty()) {
            return "";
        }
        LineIndex lines = LineIndex.of(text);
        return diagnostics.stream().filter(d -> {
            int[] r = Analyzer.range(d, lines, text.length());
            return offset >= r[0] && offset < r[1];
        }).map(d -> d.severity().label() + ": " + d.message() + " [" + d.rule() + "]")
                .collect(Collectors.joining("\n"));
    }
}
