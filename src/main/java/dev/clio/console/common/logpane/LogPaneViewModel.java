package dev.clio.console.common.logpane;

import dev.clio.console.common.Background;
import dev.clio.console.common.logs.LineFilter;
import dev.clio.console.common.logs.LineQueue;
import dev.clio.console.common.logs.LogExport;
import dev.clio.console.common.logs.LogLine;
import dev.clio.console.common.logs.LogLineParser;
import dev.clio.console.common.logs.LogModel;
import dev.clio.console.common.logs.LogSource;
import dev.clio.console.common.logs.RenderOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A log pane's state and commands, without controls: the model, the source feeding it, follow mode, filter and
 * display toggles. {@link #pulse()} is called once per frame by the view; it drains the queue and hands one
 * {@link LogModel.Delta} to the view. UI thread only, except the source, which writes to the queue.
 */
public final class LogPaneViewModel implements AutoCloseable {

    /** At 60 pulses a second this allows 600,000 lines/s; a pulse with more leaves the rest for the next. */
    public static final int MAX_LINES_PER_PULSE = 10_000;

    private final LogModel model;
    private final LineQueue queue;
    private final Executor io;
    private final Executor ui;
    private Consumer<LogModel.Delta> view = delta -> { };
    private LogSource source;
    private LogSource.Feed feed;
    private long droppedSeen;
    private long received;
    private int selected = -1;

    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyBooleanWrapper regex = new ReadOnlyBooleanWrapper(this, "regex");
    private final ReadOnlyBooleanWrapper caseSensitive = new ReadOnlyBooleanWrapper(this, "caseSensitive");
    private final ReadOnlyBooleanWrapper inverse = new ReadOnlyBooleanWrapper(this, "inverse");
    private final ReadOnlyBooleanWrapper highlight = new ReadOnlyBooleanWrapper(this, "highlight");
    private final ReadOnlyBooleanWrapper timestamps = new ReadOnlyBooleanWrapper(this, "timestamps");
    private final ReadOnlyBooleanWrapper columns = new ReadOnlyBooleanWrapper(this, "columns");
    private final ReadOnlyBooleanWrapper ansi = new ReadOnlyBooleanWrapper(this, "ansi");
    private final ReadOnlyBooleanWrapper wrap = new ReadOnlyBooleanWrapper(this, "wrap");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper(this, "empty", "");

    /**
     * @param capacity lines kept (default {@link dev.clio.console.common.logs.LineBuffer#DEFAULT_CAPACITY})
     * @param io runs exports; {@code ui} receives their results
     */
    public LogPaneViewModel(int capacity, ZoneId zone, Clock clock, Executor io, Executor ui) {
        RenderOptions options = RenderOptions.defaults(zone);
        this.model = new LogModel(capacity, options);
        this.queue = new LineQueue(LineQueue.DEFAULT_CAPACITY, new LogLineParser(zone), clock);
        this.io = io;
        this.ui = ui;
        columns.set(options.columns());
        ansi.set(options.ansi());
        describe();
    }

    /** The view that applies deltas; set once by {@link LogPane}. */
    void attach(Consumer<LogModel.Delta> applier) {
        this.view = Objects.requireNonNull(applier);
    }

    // Properties

    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty regexProperty() {
        return regex.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty caseSensitiveProperty() {
        return caseSensitive.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inverseProperty() {
        return inverse.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timestampsProperty() {
        return timestamps.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ansiProperty() {
        return ansi.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty wrapProperty() {
        return wrap.getReadOnlyProperty();
    }

    /** "12,345 lines · 120 shown · following", with drops when the pane could not keep up. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** An invalid regex, a source's failure or an export's result; empty when there is nothing to say. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the pane says while it shows no line (nothing received yet, or nothing matches); empty otherwise. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The full, untruncated raw line of the paragraph last chosen with {@link #select(int)}. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public LogModel model() {
        return model;
    }

    /** Lines taken from the source since the pane was created (benchmarks divide it by time). */
    public long receivedLines() {
        return received;
    }

    public String sourceName() {
        return source == null ? "" : source.name();
    }

    public LogSource source() {
        return source;
    }

    // Commands

    /** Stops the current source (if any), clears the pane and starts {@code next}. */
    public void start(LogSource next) {
        stop();
        queue.clear();
        view.accept(model.clear());
        source = next;
        feed = next.start(queue);
        problem.set("");
        describe();
    }

    public void stop() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /** Runs {@code wakeUp} on the UI thread once, when the source delivers after {@link #armWake()}. */
    public void onArrival(Runnable wakeUp) {
        queue.onArrival(() -> ui.execute(wakeUp));
    }

    /** Arms the wake-up; true when lines are already waiting (the caller should not go idle). */
    public boolean armWake() {
        queue.arm();
        return queue.size() > 0 || queue.dropped() != droppedSeen;
    }

    /** Drains what the source delivered since the last pulse and applies it in one delta. */
    public void pulse() {
        String failure = queue.takeProblem();
        if (failure != null) {
            problem.set(failure);
        }
        List<LogLine> batch = queue.drain(MAX_LINES_PER_PULSE);
        if (batch.isEmpty() && queue.dropped() == droppedSeen) {
            return;
        }
        received += batch.size();
        LogModel.Delta delta = model.append(batch);
        if (!delta.empty()) {
            view.accept(delta);
        }
        describe();
    }

    public void pause() {
        following.set(false);
        describe();
    }

    public void resume() {
        following.set(true);
        describe();
    }

    public void filterQuery(String text) {
        applyFilter(model.filter().withQuery(text));
    }

    public void toggleRegex() {
        LineFilter f = model.filter();
        applyFilter(new LineFilter(f.query(), !f.regex(), f.caseSensitive(), f.inverse(), f.highlight()));
    }

    public void toggleCase() {
        LineFilter f = model.filter();
        applyFilter(new LineFilter(f.query(), f.regex(), !f.caseSensitive(), f.inverse(), f.highlight()));
    }

    public void toggleInverse() {
        LineFilter f = model.filter();
        applyFilter(new LineFilter(f.query(), f.regex(), f.caseSensitive(), !f.inverse(), f.highlight()));
    }

    public void toggleHighlight() {
        LineFilter f = model.filter();
        applyFilter(new LineFilter(f.query(), f.regex(), f.caseSensitive(), f.inverse(), !f.highlight()));
    }

    public void toggleTimestamps() {
        view.accept(model.options(model.options().withTimestamps(!model.options().timestamps())));
        timestamps.set(model.options().timestamps());
        describe();
    }

    public void toggleColumns() {
        view.accept(model.options(model.options().withColumns(!model.options().columns())));
        columns.set(model.options().columns());
        describe();
    }

    public void toggleAnsi() {
        view.accept(model.options(model.options().withAnsi(!model.options().ansi())));
        ansi.set(model.options().ansi());
    }

    /** Prefixes lines with their source's name; for merged views. */
    public void showSources(boolean on) {
        view.accept(model.options(model.options().withSources(on)));
    }

    /** Wrapping is the view's business; the filter and the lines stay as they are. */
    public void toggleWrap() {
        wrap.set(!wrap.get());
    }

    /** Shows the full raw line of shown line {@code index} in the detail field; find starts from it. */
    public void select(int index) {
        selected = index;
        detail.set(index >= 0 && index < model.shownCount() ? model.shownLine(index).raw() : "");
    }

    /** The shown line last selected (the caret's), or -1. */
    public int selectedLine() {
        return selected;
    }

    /** Finds the next or previous shown line containing {@code text}; finding pauses follow so the line stays. */
    public LogModel.Found find(String text, int fromParagraph, boolean forward) {
        LogModel.Found found = model.find(text, fromParagraph, forward);
        problem.set(found == null && text != null && !text.isEmpty() ? "No shown line contains \"" + text + "\"" : "");
        if (found != null) {
            pause();
        }
        return found;
    }

    /** Writes exactly the shown lines to {@code file} in the background; the result appears in {@link #problem}. */
    public void export(Path file) {
        List<String> lines = model.shownTexts();
        Background.call(() -> {
            LogExport.write(file, lines);
            return lines.size();
        }).onSuccess(n -> problem.set("Exported " + String.format("%,d", n) + " lines to " + file))
                .onError(problem::set)
                .runOn(io, ui);
    }

    @Override
    public void close() {
        stop();
    }

    private void applyFilter(LineFilter next) {
        try {
            view.accept(model.filter(next));
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
        LineFilter now = model.filter();
        query.set(next.query());
        regex.set(next.regex());
        caseSensitive.set(next.caseSensitive());
        inverse.set(next.inverse());
        highlight.set(next.highlight());
        if (!now.equals(next)) {
            // the invalid filter is not applied, but the toggles show what the user chose so they can fix it
            return;
        }
        describe();
    }

    private void describe() {
        if (model.shownCount() > 0) {
            empty.set("");
        } else if (model.buffered() > 0) {
            empty.set(String.format("No line of the %,d held matches the filter", model.buffered()));
        } else {
            empty.set(source == null ? "No source" : "No lines yet from " + source.name()
                    + "; new lines appear here as they are written");
        }
        droppedSeen = queue.dropped();
        StringBuilder text = new StringBuilder(String.format("%,d lines", model.buffered()));
        if (model.shownCount() != model.buffered()) {
            text.append(String.format(" · %,d shown", model.shownCount()));
        }
        text.append(following.get() ? " · following" : " · paused (End resumes)");
        if (droppedSeen > 0) {
            text.append(String.format(" · %,d dropped", droppedSeen));
        }
        status.set(text.toString());
    }
}
