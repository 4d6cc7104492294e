package dev.clio.console.common.logpane;

import dev.clio.console.common.Styles;
import dev.clio.console.common.logs.LogModel;
import dev.clio.console.common.logs.RenderedLine;
import java.util.Collection;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A live log pane: toolbar, a read-only RichTextFX area, a scroll bar over all shown lines, and the raw line of the
 * caret's line. The area holds only the lines in view (a window over the model), so what a pulse costs does not
 * grow with the 100,000 lines held: RichTextFX's own cost per change grows with its document (measured in
 * docs/benchmarks.md). An {@link AnimationTimer} drains the source at most once per pulse and, when the lines in view
 * changed, redraws the window in one change with one {@code StyleSpans}. Scrolling up pauses follow; End or the
 * follow button resumes it. Call {@link #dispose()} when the pane goes away.
 */
public final class LogPane {

    private static final List<String> NONE = List.of();
    private static final long STREAM_REDRAW_NANOS = 50_000_000L;
    private final LogPaneViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ScrollBar bar = new ScrollBar();
    private final BorderPane root = new BorderPane();
    /** About half a second at 60 pulses a second. */
    private static final int IDLE_PULSES_BEFORE_SLEEP = 30;
    private final AnimationTimer timer;
    private final LogWindow window = new LogWindow();
    private boolean dirty;
    /** Only new lines (no user action) made the view dirty since the last redraw. */
    private boolean streamed;
    private long lastRedraw;
    private boolean syncingBar;
    private long appliedChanges;
    private long longestPulse;
    private boolean ticking;
    private boolean disposed;
    private int idlePulses;

    public LogPane(LogPaneViewModel vm) {
        this.vm = vm;
        area.setEditable(false);
        // read-only: an undo history would keep every redraw of the lines in view, growing without end
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.getStyleClass().add(Styles.LOG_AREA);
        area.setId("log-area");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area,
                ScrollPane.ScrollBarPolicy.AS_NEEDED, ScrollPane.ScrollBarPolicy.NEVER);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setId("log-scroll");
        TextField raw = new TextField();
        raw.setEditable(false);
        raw.setId("log-raw");
        raw.getStyleClass().add(Styles.LOG_RAW);
        raw.textProperty().bind(vm.detailProperty());
        raw.setPromptText("Click a line to see it in full here");
        Label empty = new Label();
        empty.setId("log-empty");
        empty.getStyleClass().add(Styles.MUTED);
        empty.textProperty().bind(vm.emptyProperty());
        empty.visibleProperty().bind(vm.emptyProperty().isNotEmpty());
        empty.setMouseTransparent(true);
        StackPane lines = new StackPane(scroll, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        empty.setPadding(new Insets(8, 0, 0, 8));
        BorderPane text = new BorderPane(lines);
        text.setRight(bar);
        root.setTop(new LogPaneToolbar(vm, area, this::showFound).node());
        root.setCenter(text);
        root.setBottom(raw);
        root.getStyleClass().add(Styles.LOG_PANE);
        area.wrapTextProperty().bind(vm.wrapProperty());
        area.wrapTextProperty().addListener((obs, old, now) -> invalidate());
        // the scroll pane's height, not the area's: the area shrinks when the horizontal bar appears for a long line
        scroll.heightProperty().addListener((obs, old, now) -> {
            if (window.height(now.doubleValue())) {
                invalidate();
            }
        });
        vm.attach(this::changed);
        installScrolling();
        vm.followingProperty().addListener((obs, was, now) -> invalidate());
        area.currentParagraphProperty().addListener((obs, old, now) -> vm.select(window.top() + now));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long start = System.nanoTime();
                vm.pulse();
                // new lines while following redraw at most every 50 ms: nobody reads 20,000 lines a second, and
                // each redraw rebuilds the cells in view; anything the user does redraws at the next pulse
                if (dirty && (!streamed || now - lastRedraw >= STREAM_REDRAW_NANOS)) {
                    lastRedraw = now;
                    redraw();
                }
                longestPulse = Math.max(longestPulse, System.nanoTime() - start);
                idlePulses = dirty ? 0 : idlePulses + 1;
                if (idlePulses > IDLE_PULSES_BEFORE_SLEEP) {
                    sleep();
                }
            }
        };
        vm.onArrival(this::wake);
        wake();
    }

    /** Nothing arrived and nothing changed for a while: stop pulsing until a line or a user action comes. */
    private void sleep() {
        timer.stop();
        ticking = false;
        if (vm.armWake()) {
            wake();
        }
    }

    private void wake() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            javafx.application.Platform.runLater(this::wake);
            return;
        }
        idlePulses = 0;
        if (!ticking && !disposed) {
            ticking = true;
            timer.start();
        }
    }

    public Node node() {
        return root;
    }

    public LogPaneViewModel viewModel() {
        return vm;
    }

    /** How many times the area's text was changed: at most once per pulse. */
    public long appliedChanges() {
        return appliedChanges;
    }

    /** The index (among the shown lines) of the first line in view. */
    public int firstLineInView() {
        return window.top();
    }

    /** The longest drain-and-redraw of a pulse since the last reset, in nanoseconds (for benchmarks). */
    public long longestPulseNanos() {
        return longestPulse;
    }

    /** Whether the pulse timer runs; it sleeps while nothing arrives or changes. */
    boolean ticking() {
        return ticking;
    }

    public void resetLongestPulse() {
        longestPulse = 0;
    }

    /** Stops the pulse timer and the source. */
    public void dispose() {
        disposed = true;
        timer.stop();
        ticking = false;
        vm.close();
    }

    private void changed(LogModel.Delta delta) {
        wake();
        if (window.apply(delta, vm.model().shownCount(), vm.followingProperty().get())) {
            streamed = !dirty && !delta.reset();
            dirty = true;
        }
        syncBar();
    }

    /** Something the user did changed what is in view: redraw at the next pulse. */
    private void invalidate() {
        dirty = true;
        streamed = false;
        wake();
    }

    private void installScrolling() {
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                scrollBy(e.getDeltaY() > 0 ? -3 : 3);
            }
            e.consume();
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case END -> vm.resume();
                case UP -> scrollBy(-1);
                case DOWN -> scrollBy(1);
                case PAGE_UP -> scrollBy(-window.rows());
                case PAGE_DOWN -> scrollBy(window.rows());
                case HOME -> scrollBy(-window.top());
                default -> {
                    return;
                }
            }
            e.consume();
        });
        // selecting text with the mouse means reading: the lines must stay where they are
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> vm.pause());
        bar.valueProperty().addListener((obs, old, now) -> {
            if (!syncingBar) {
                vm.pause();
                window.moveTo((int) Math.round(now.doubleValue()), vm.model().shownCount());
                invalidate();
            }
        });
    }

    private void scrollBy(int lines) {
        if (lines < 0) {
            vm.pause();
        } else if (vm.followingProperty().get()) {
            return;
        }
        window.moveTo(window.top() + lines, vm.model().shownCount());
        invalidate();
    }

    private void showFound(LogModel.Found found) {
        window.center(found.line(), vm.model().shownCount());
        redraw();
        int paragraph = found.line() - window.top();
        area.selectRange(paragraph, found.start(), paragraph, found.end());
    }

    /** Replaces the area's text with the lines in view: one text change and one StyleSpans. */
    private void redraw() {
        dirty = false;
        streamed = false;
        LogModel model = vm.model();
        int shown = model.shownCount();
        window.settle(shown, vm.followingProperty().get());
        StringBuilder text = new StringBuilder(window.rows() * 120);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(window.rows() * 2);
        int end = Math.min(shown, window.top() + window.rows());
        for (int i = window.top(); i < end; i++) {
            if (i > window.top()) {
                text.append('\n');
                spans.add(NONE, 1);
            }
            RenderedLine line = model.render(i);
            text.append(line.text());
            for (RenderedLine.Segment segment : line.segments()) {
                if (segment.length() > 0) {
                    spans.add(segment.classes(), segment.length());
                }
            }
        }
        area.replaceText(0, area.getLength(), text.toString());
        if (text.length() > 0) {
            area.setStyleSpans(0, spans.create());
        }
        appliedChanges++;
        if (vm.followingProperty().get() && end > window.top()) {
            area.showParagraphAtBottom(end - window.top() - 1);
        } else {
            area.showParagraphAtTop(0);
        }
        syncBar();
    }

    private void syncBar() {
        syncingBar = true;
        int shown = vm.model().shownCount();
        bar.setMin(0);
        bar.setMax(Math.max(0, shown - window.rows()));
        bar.setVisibleAmount(Math.max(1, Math.min(window.rows(), shown)));
        bar.setBlockIncrement(window.rows());
        bar.setUnitIncrement(1);
        bar.setValue(Math.min(window.top(), bar.getMax()));
        syncingBar = false;
    }
}
