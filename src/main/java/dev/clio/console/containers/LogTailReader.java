package dev.clio.console.containers;

import dev.clio.console.common.Background;
import dev.clio.console.common.Session;
import dev.clio.ops.Containers;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Reads the selected container's last {@value #LINES} log lines off the UI thread, one read at a time; an answer for a
 * container or session no longer selected is dropped.
 */
final class LogTailReader {

    static final int LINES = 200;

    private final Executor io;
    private final Executor ui;
    private final Supplier<Session> session;
    private final Supplier<String> selected;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<LogTail> tail = new ReadOnlyObjectWrapper<>(this, "tail", LogTail.NONE);

    LogTailReader(Executor io, Executor ui, Supplier<Session> session, Supplier<String> selected) {
        this.io = io;
        this.ui = ui;
        this.session = session;
        this.selected = selected;
    }

    ReadOnlyObjectProperty<LogTail> tailProperty() {
        return tail.getReadOnlyProperty();
    }

    /** Empties the tail for a newly selected container (or none) until its lines arrive. */
    void clear(String containerOrNull) {
        tail.set(containerOrNull == null ? LogTail.NONE : new LogTail(containerOrNull, List.of(), null));
    }

    void read() {
        Session current = session.get();
        String name = selected.get();
        if (current == null || name == null || !inFlight.compareAndSet(false, true)) {
            return;
        }
        try {
            Background.call(() -> current.operations().containerLogs(name, Containers.LogQuery.tail(LINES)))
                    .onSuccess(lines -> done(current, new LogTail(name, lines, null)))
                    .onError(sentence -> done(current, new LogTail(name, List.of(), sentence)))
                    .runOn(io, ui);
        } catch (RejectedExecutionException e) {
            inFlight.set(false);
        }
    }

    private void done(Session from, LogTail read) {
        inFlight.set(false);
        if (from == session.get() && read.container().equals(selected.get())) {
            tail.set(read);
        }
    }
}
