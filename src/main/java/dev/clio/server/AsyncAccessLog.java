package dev.clio.server;

import dev.clio.common.concurrent.Threads;
import dev.clio.engine.log.AccessLog;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes access-log lines on one background thread, so a request thread never holds the log's lock across a disk
 * write (under CPU contention that lock convoys requests and stretches the latency tail). Lines keep the order in
 * which requests finished; when the queue is full a request thread waits for room (back-pressure, nothing is
 * dropped).
 */
public final class AsyncAccessLog implements Consumer<AccessRecord>, AutoCloseable {

    private static final int CAPACITY = 16_384;
    private final AccessLog log;
    private final BlockingQueue<AccessRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private volatile boolean closed;

    public AsyncAccessLog(AccessLog log) {
        this.log = log;
        this.writer = Threads.factory("access-log").newThread(this::drain);
        writer.start();
    }

    /** Queues one line; blocks only while the queue is full. */
    @Override
    public void accept(AccessRecord record) {
        if (closed) {
            log.record(record.toEntry());
            return;
        }
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.record(record.toEntry());
            return;
        }
        if (closed && queue.remove(record)) {
            log.record(record.toEntry());
        }
    }

    /** Writes what is queued (waiting at most 5 s for the writer), then closes the log. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AccessRecord left;
        while ((left = queue.poll()) != null) {
            log.record(left.toEntry());
        }
        log.close();
    }

    private void drain() {
        try {
            while (!closed || !queue.isEmpty()) {
                AccessRecord record = queue.poll(100, TimeUnit.MILLISECONDS);
                if (record != null) {
                    log.record(record.toEntry());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
