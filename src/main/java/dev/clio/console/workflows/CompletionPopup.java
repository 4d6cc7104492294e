package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import dev.clio.console.common.Styles;
import dev.clio.engine.workflow.assist.Completion;
import dev.clio.engine.workflow.assist.Completions;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The completion list under the caret: opened by Ctrl+Space or by typing a trigger ({@code : }, {@code (},
 * {@code .}, {@code {{}), narrowed while typing, Enter or Tab inserts, Escape closes. The items are computed on the
 * IO executor and dropped when the text or caret moved meanwhile.
 */
final class CompletionPopup {

    static final String LIST_ID = "workflow-completions";
    private static final int ROWS = 10;

    private final CodeArea area;
    private final Supplier<Completions> completions;
    private final Executor io;
    private final Executor ui;
    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();
    private long edits;

    CompletionPopup(CodeArea area, Supplier<Completions> completions, Executor io, Executor ui) {
        this.area = area;
        this.completions = completions;
        this.io = io;
        this.ui = ui;
        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.ASSIST_POPUP);
        list.setPrefWidth(460);
        list.setCellFactory(v -> new ItemCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        area.plainTextChanges().filter(c -> !c.isIdentity()).subscribe(c -> typed(c.getInserted()));
        // Where a window manager gives the popup the keyboard, keys still steer the list and type into the text.
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && !Character.isISOControl(e.getCharacter().charAt(0))) {
                area.replaceSelection(e.getCharacter());
                e.consume();
            }
        });
    }

    boolean showing() {
        return popup.isShowing();
    }

    ListView<Completion> list() {
        return list;
    }

    /** Computes the items at the caret and shows them (nothing when none fit). */
    void open() {
        long version = ++edits;
        String text = area.getText();
        int caret = area.getCaretPosition();
        Completions source = completions.get();
        Background.call(() -> source.complete(text, caret)).onSuccess(items -> {
            if (version == edits && caret == area.getCaretPosition()) {
                show(items);
            }
        }).onError(problem -> popup.hide()).runOn(io, ui);
    }

    private void typed(String inserted) {
        edits++;
        if (popup.isShowing() || triggers(inserted)) {
            open();
        }
    }

    /** After "key: ", "success(", "inputs.", "{{" and a dash item's space, something is usually chosen next. */
    private boolean triggers(String inserted) {
        if (inserted.length() != 1) {
            return false;
        }
        int caret = area.getCaretPosition();
        String before = area.getText(Math.max(0, caret - 2), caret);
        char c = inserted.charAt(0);
        return c == '(' || c == '.' || before.equals(": ") || before.equals("{{") || before.equals("- ");
    }

    private void show(List<Completion> items) {
        if (items.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(items);
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(ROWS, items.size()) * 26 + 4);
        if (!popup.isShowing()) {
            Bounds caret = area.getCaretBounds().orElse(null);
            if (caret == null) {
                return;
            }
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    private void keys(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case UP -> list.getSelectionModel().selectPrevious();
            case DOWN -> list.getSelectionModel().selectNext();
            case ENTER, TAB -> accept();
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        e.consume();
    }

    /** Inserts the selected item and leaves the caret after it. */
    void accept() {
        Completion item = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (item == null || item.edit().end() > area.getLength()) {
            return;
        }
        area.replaceText(item.edit().start(), item.edit().end(), item.edit().replacement());
        area.moveTo(item.edit().start() + item.edit().replacement().length());
        area.requestFocus();
    }

    /** The label, its detail (type, availability, step name) on the right. */
    private static final class ItemCell extends ListCell<Completion> {
        @Override
        protected void updateItem(Completion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label detail = new Label(item.detail());
            detail.getStyleClass().add(Styles.ASSIST_DETAIL);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setGraphic(new HBox(8, new Label(item.label()), gap, detail));
            setText(null);
            setTooltip(item.documentation().isBlank() ? null : new javafx.scene.control.Tooltip(item.documentation()));
        }
    }
}
