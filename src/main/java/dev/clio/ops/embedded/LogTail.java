package dev.clio.ops.embedded;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Follows the structured log from its current end, like {@code tail -F}: a rotated file (new file key) is read from
 * its start, and so is a truncated one (noticed by its size, or by the last bytes read no longer being where they
 * were). Runs on one thread of the engine's bounded tail pool until closed or until the sink throws.
 */
final class LogTail implements Runnable, Operations.Subscription {

    static final long POLL_MILLIS = 150;
    private static final int MAX_PENDING = LogFilter.MAX_LINE_CHARS;
    private static final int SIGNATURE = 64;

    private final Path file;
    private final LogFilter filter;
    private final Consumer<Resources.LogEntry> sink;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private volatile boolean closed;
    private volatile Future<?> task;
    private byte[] seen = new byte[0];
    private Object fileKey;
    private long position;

    LogTail(Path file, Resources.LogQuery query, Consumer<Resources.LogEntry> sink) {
        this.file = file;
        this.filter = new LogFilter(query);
        this.sink = Objects.requireNonNull(sink, "sink");
        BasicFileAttributes now = attributes();
        this.fileKey = now == null ? null : now.fileKey();
        this.position = now == null ? 0 : now.size();
    }

    void started(Future<?> future) {
        this.task = future;
        if (closed) {
            future.cancel(true);
        }
    }

    @Override
    public void run() {
        try {
            while (!closed && !Thread.currentThread().isInterrupted()) {
                poll();
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            closed = true; // the sink failed: its reader is gone
        }
    }

    private void poll() {
        BasicFileAttributes now = attributes();
        if (now == null) {
            return;
        }
        if (!Objects.equals(now.fileKey(), fileKey) || now.size() < position || rewritten()) {
            fileKey = now.fileKey();
            position = 0;
            partial.reset();
            seen = new byte[0];
        }
        if (now.size() > position) {
            read(now.size());
        }
    }

    private void read(long end) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(end - position, 1 << 20));
            int n = in.read(buffer, position);
            if (n <= 0) {
                return;
            }
            position += n;
            remember(buffer.array(), n);
            deliver(buffer.array(), n);
        } catch (IOException e) {
            // the file moved between the two calls; the next poll sees the new one
        }
    }

    private void deliver(byte[] bytes, int n) {
        for (int i = 0; i < n && !closed; i++) {
            if (bytes[i] != '\n') {
                if (partial.size() < MAX_PENDING) {
                    partial.write(bytes[i]);
                }
                continue;
            }
            Resources.LogEntry entry = filter.match(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
            if (entry != null) {
                sink.accept(entry);
            }
        }
    }

    /** Keeps the last bytes read, to notice a file truncated and refilled past our position between two polls. */
    private void remember(byte[] bytes, int n) {
        int keep = Math.min(SIGNATURE, n);
        byte[] last = new byte[keep];
        System.arraycopy(bytes, n - keep, last, 0, keep);
        seen = last;
    }

    private boolean rewritten() {
        if (seen.length == 0) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer now = ByteBuffer.allocate(seen.length);
            int n = in.read(now, position - seen.length);
            return n != seen.length || !java.util.Arrays.equals(now.array(), seen);
        } catch (IOException e) {
            return false;
        }
    }

    private BasicFileAttributes attributes() {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        Future<?> running = task;
        if (running != null) {
            running.cancel(true);
        }
    }
}
