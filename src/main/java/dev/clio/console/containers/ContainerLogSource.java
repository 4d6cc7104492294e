package dev.clio.console.containers;

import dev.clio.console.common.Session;
import dev.clio.console.common.logs.LineQueue;
import dev.clio.console.common.logs.LogLine;
import dev.clio.console.common.logs.LogSource;
import dev.clio.ops.Containers;
import dev.clio.ops.Operations;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A container's log for the shared log pane, through {@link Operations#streamContainerLogs}: its last {@code tail}
 * lines, then new ones until the feed is closed or the container stops. Lines keep the engine's timestamps (merged
 * views order by them); stderr lines start with {@code stderr | } so they stand out in a filter and an export.
 */
final class ContainerLogSource implements LogSource {

    static final String STDERR_MARK = "stderr | ";

    private final String container;
    private final Instant startedAt;
    private final Session session;
    private final Operations operations;
    private final Executor io;
    private final int tail;

    /** @param startedAt when the container last started (or null): a later start needs a new source */
    ContainerLogSource(String container, Instant startedAt, Session session, Executor io, int tail) {
        this.container = Containers.checkName(container);
        this.startedAt = startedAt;
        this.session = session;
        this.operations = session.operations();
        this.io = io;
        this.tail = tail;
    }

    Session session() {
        return session;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Override
    public String name() {
        return container;
    }

    @Override
    public Feed start(LineQueue queue) {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<Operations.Subscription> subscription = new AtomicReference<>();
        io.execute(() -> {
            if (closed.get()) {
                return;
            }
            try {
                Operations.Subscription s = operations.streamContainerLogs(container,
                        new Containers.LogQuery(tail, null, true, true), line -> queue.offer(parsed(queue, line)));
                subscription.set(s);
                if (closed.get()) {
                    subscription.getAndSet(null).close();
                }
            } catch (RuntimeException e) {
                queue.report("The log of " + container + " is not available: " + ContainersPoll.sentence(e));
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

    private LogLine parsed(LineQueue queue, Containers.LogLine line) {
        LogLine p = queue.parse(container, line.stderr() ? STDERR_MARK + line.text() : line.text());
        return line.timestamp() == null ? p
                : new LogLine(p.source(), line.timestamp(), p.level(), p.text(), p.ansi(), p.columns(), p.raw());
    }
}
