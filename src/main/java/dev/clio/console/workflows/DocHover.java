package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.assist.Hover;
import dev.clio.engine.workflow.assist.Hovers;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * Documentation of the key, actor or {@code when} function under the mouse. Where a diagnostic covers the word its
 * message popup ({@link EditorHover}) has the place, so this one stays away.
 */
final class DocHover {

    static final String POPUP_ID = "workflow-doc-hover";

    private DocHover() {
    }

    static void install(CodeArea area, ObservableValue<List<Diagnostic>> diagnostics, Supplier<Hovers> hovers) {
        Popup popup = new Popup();
        Label title = new Label();
        title.getStyleClass().add(Styles.ASSIST_TITLE);
        Label body = new Label();
        body.setWrapText(true);
        body.setMaxWidth(520);
        VBox box = new VBox(4, title, body);
        box.setId(POPUP_ID);
        box.getStyleClass().add("ops-workflow-hover");
        popup.getContent().add(box);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = area.getText();
            if (!EditorHover.messagesAt(text, e.getCharacterIndex(), diagnostics.getValue()).isEmpty()) {
                return;
            }
            Optional<Hover> hover = hovers.get().at(text, e.getCharacterIndex());
            hover.ifPresent(h -> {
                title.setText(h.title());
                body.setText(h.body());
                popup.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 12);
            });
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }
}
