package dev.clio.integrations.docker;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A followed container log: lines reach the sink on docker-java's stream thread until {@link #close()}, the container
 * ends, or the engine goes away ({@link #failure()} then says why). Closing closes the callback, which frees the
 * stream's connection and its place in the stream budget.
 */
public final class LogFollow implements AutoCloseable {

    private final FrameCallback callback;
    private final AtomicBoolean released = new AtomicBoolean();
    private final EngineEndpoint endpoint;
    private final String container;

    LogFollow(EngineEndpoint endpoint, String container, Consumer<LogLine> sink, Semaphore budget) {
        this.endpoint = endpoint;
        this.container = container;
        this.callback = new FrameCallback(sink, () -> {
            if (released.compareAndSet(false, true)) {
                budget.release();
            }
        });
    }

    FrameCallback callback() {
        return callback;
    }

    /** True until closed, or ended by the engine (the container stopped) or a failure. */
    public boolean isOpen() {
        return !callback.ended();
    }

    /** Why the stream ended, or null while open or after a normal end. */
    public EngineException failure() {
        Throwable t = callback.failure();
        return t == null ? null : EngineErrors.of(endpoint, container, t);
    }

    @Override
    public void close() {
        callback.close();
    }
}
