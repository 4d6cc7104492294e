package dev.clio.console.workflows;

import dev.clio.console.common.logs.LineQueue;
import dev.clio.console.common.logs.LogSource;
import dev.clio.ops.OpsException;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The orchestrator log lines of one execution (they carry its {@code execution_id}): those already written, then new
 * ones as they arrive, through Operations (a file tail in-process, server-sent events remotely).
 */
final class RunLogSource implements LogSource {

    private static final int HISTORY = 1000;

    private final String executionId;
    private final Operations operations;
    private final Executor io;

    RunLogSource(String executionId, Operations operations, Executor io) {
        this.executionId = executionId;
        this.operations = operations;
        this.io = io;
    }

    @Override
    public String name() {
        return "run " + executionId;
    }

    @Override
    public Feed start(LineQueue queue) {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<Operations.Subscription> subscription = new AtomicReference<>();
        io.execute(() -> {
            try {
                for (Resources.LogEntry e : operations.logs(query(HISTORY))) {
                    queue.offer(name(), line(e));
                }
                if (!closed.get()) {
                    subscription.set(operations.streamLogs(query(0), e -> queue.offer(name(), line(e))));
                    if (closed.get()) {
                        subscription.get().close();
                    }
                }
            } catch (OpsException | IllegalStateException e) {
                queue.report("The run's log lines are not available: " + e.getMessage());
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

    private Resources.LogQuery query(int limit) {
        return new Resources.LogQuery(null, null, null, null, executionId, limit);
    }

    private static String line(Resources.LogEntry entry) {
        if (entry.raw() != null && !entry.raw().isBlank()) {
            return entry.raw();
        }
        return entry.timestamp() + " " + entry.level() + " " + (entry.message() == null ? "" : entry.message());
    }
}
