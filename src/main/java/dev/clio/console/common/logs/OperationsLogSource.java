package dev.clio.console.common.logs;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The orchestrator's structured log through Operations: first its last lines ({@code logs}), then new ones
 * ({@code streamLogs}: a file tail in-process, server-sent events in remote mode). Stream delivery threads must not
 * block, so a pane that cannot keep up drops lines and says how many.
 */
public final class OperationsLogSource implements LogSource {

    private final String name;
    private final Operations operations;
    private final Executor io;
    private final int history;
    private final String level;

    /** @param history how many existing lines to show first (the Operations call caps it at 1,000) */
    public OperationsLogSource(String name, Operations operations, Executor io, int history) {
        this(name, operations, io, history, null);
    }

    /**
     * Only the lines of one level, filtered where the log is read (in remote mode the server sends no others).
     *
     * @param level ERROR, WARN, INFO or DEBUG; null for every line
     */
    public OperationsLogSource(String name, Operations operations, Executor io, int history, String level) {
        this.name = name;
        this.operations = operations;
        this.io = io;
        this.history = history;
        this.level = level;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Feed start(LineQueue queue) {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<Operations.Subscription> subscription = new AtomicReference<>();
        io.execute(() -> {
            try {
                if (history > 0) {
                    List<Resources.LogEntry> last = operations.logs(
                            new Resources.LogQuery(null, level, null, null, null, history));
                    for (Resources.LogEntry entry : last) {
                        queue.offer(name, line(entry));
                    }
                }
                if (closed.get()) {
                    return;
                }
                subscription.set(operations.streamLogs(new Resources.LogQuery(null, level, null, null, null, 0),
                        entry -> queue.offer(name, line(entry))));
                if (closed.get()) {
                    subscription.get().close();
                }
            } catch (OpsException | IllegalStateException e) {
                queue.report("The orchestrator log is not available: " + e.getMessage());
            }
        });
        return () -> {
            closed.set(true);
            Operations.Subscription running = subscription.getAndSet(null);
            if (running != null) {
                io.execute(running::close);
            }
        };
    }

    /** The raw JSON line when the entry carries it; otherwise a plain line built from its fields. */
    static String line(Resources.LogEntry entry) {
        if (entry.raw() != null && !entry.raw().isBlank()) {
            return entry.raw();
        }
        return entry.timestamp() + " " + entry.level() + " " + (entry.event() == null ? "" : entry.event() + " ")
                + (entry.message() == null ? "" : entry.message());
    }
}
