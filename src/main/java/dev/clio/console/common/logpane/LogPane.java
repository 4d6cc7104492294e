package dev.clio.console.common.logpane;

import dev.clio.console.common.Styles;
import dev.clio.console.common.logs.LogModel;
import dev.clio.console.common.logs.RenderedLine;
import java.util.Collection;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A live log pane: toolbar, a read-only RichTextFX area with one paragraph per shown line, and the raw line of the
 * caret's paragraph. An {@link AnimationTimer} drains the source at most once per pulse and applies one delta: old
 * paragraphs deleted in one change, new lines appended in one change with one {@code StyleSpans}. Scrolling up
 * pauses follow; End or the follow button resumes it. Call {@link #dispose()} when the pane goes away.
 */
public final class LogPane {

    private static final List<String> NONE = List.of();
    private final LogPaneViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final BorderPane root = new BorderPane();
    private final AnimationTimer timer;
    private int paragraphs;
    private long appliedChanges;

    public LogPane(LogPaneViewModel vm) {
        this.vm = vm;
        area.setEditable(false);
        area.getStyleClass().add(Styles.LOG_AREA);
        area.setId("log-area");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        TextField raw = new TextField();
        raw.setEditable(false);
        raw.setId("log-raw");
        raw.getStyleClass().add(Styles.LOG_RAW);
        raw.textProperty().bind(vm.detailProperty());
        raw.setPromptText("Click a line to see it in full here");
        root.setTop(new LogPaneToolbar(vm, area).node());
        root.setCenter(scroll);
        root.setBottom(raw);
        root.getStyleClass().add(Styles.LOG_PANE);
        area.wrapTextProperty().bind(vm.wrapProperty());
        vm.attach(this::apply);
        installFollowControls(scroll);
        vm.followingProperty().addListener((obs, was, now) -> {
            if (now) {
                scrollToEnd();
            }
        });
        area.currentParagraphProperty().addListener((obs, old, now) -> vm.select(now));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.pulse();
            }
        };
        timer.start();
    }

    public Node node() {
        return root;
    }

    public LogPaneViewModel viewModel() {
        return vm;
    }

    /** How many text changes the area has received: at most two per pulse (delete old, append new). */
    public long appliedChanges() {
        return appliedChanges;
    }

    /** Stops the pulse timer and the source. */
    public void dispose() {
        timer.stop();
        vm.close();
    }

    private void installFollowControls(VirtualizedScrollPane<StyleClassedTextArea> scroll) {
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0 && vm.followingProperty().get()) {
                vm.pause();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.END) {
                vm.resume();
                scrollToEnd();
                e.consume();
            } else if (code == KeyCode.PAGE_UP || code == KeyCode.UP || code == KeyCode.HOME) {
                vm.pause();
            }
        });
        // dragging or clicking the scroll bar (not the text) means the user is reading back
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!area.isHover()) {
                vm.pause();
            }
        });
    }

    private void apply(LogModel.Delta delta) {
        if (delta.reset()) {
            area.clear();
            paragraphs = 0;
            appliedChanges++;
        } else if (delta.removed() > 0) {
            if (delta.removed() >= paragraphs) {
                area.clear();
                paragraphs = 0;
            } else {
                area.deleteText(0, area.getAbsolutePosition(delta.removed(), 0));
                paragraphs -= delta.removed();
            }
            appliedChanges++;
        }
        if (!delta.added().isEmpty()) {
            append(delta.added());
            appliedChanges++;
        }
        if (vm.followingProperty().get()) {
            scrollToEnd();
        }
    }

    private void append(List<RenderedLine> lines) {
        boolean separator = paragraphs > 0;
        StringBuilder text = new StringBuilder(lines.size() * 100);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(lines.size() * 2);
        for (RenderedLine line : lines) {
            if (separator) {
                text.append('\n');
                spans.add(NONE, 1);
            }
            separator = true;
            text.append(line.text());
            for (RenderedLine.Segment segment : line.segments()) {
                if (segment.length() > 0) {
                    spans.add(segment.classes(), segment.length());
                }
            }
        }
        int start = area.getLength();
        area.appendText(text.toString());
        if (text.length() > 0) {
            area.setStyleSpans(start, spans.create());
        }
        paragraphs += lines.size();
    }

    private void scrollToEnd() {
        if (paragraphs > 0) {
            area.showParagraphAtBottom(area.getParagraphs().size() - 1);
        }
    }
}
