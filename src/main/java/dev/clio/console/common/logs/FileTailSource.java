package dev.clio.console.common.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Follows a local file like {@code tail -F}: starts with its last lines, then polls. A rotated file (renamed, a new
 * one created under the name) is read to its end and then the new file from its start; a truncated file (smaller
 * than what was read) is read again from its start; a file that does not exist yet is waited for. Reads only as much
 * as the queue can take, so a slow pane slows the reading, never the memory.
 */
public final class FileTailSource implements LogSource {

    private final Path file;
    private final ScheduledExecutorService scheduler;
    private final Duration every;
    private final int tailLines;

    /** @param tailLines how many existing lines to show first */
    public FileTailSource(Path file, ScheduledExecutorService scheduler, Duration every, int tailLines) {
        this.file = Objects.requireNonNull(file);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.every = every;
        this.tailLines = tailLines;
    }

    @Override
    public String name() {
        return String.valueOf(file.getFileName());
    }

    public Path file() {
        return file;
    }

    @Override
    public Feed start(LineQueue queue) {
        Follower follower = new Follower(queue);
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(follower::pollSafely, 0, every.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> {
            task.cancel(false);
            scheduler.execute(follower::close);
        };
    }

    /** The state of one follow; touched only by the scheduler (one poll at a time). */
    private final class Follower {

        private static final int CHUNK = 1 << 20;
        private final LineQueue queue;
        private final LineSplitter splitter;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        private FileChannel channel;
        private Object key;
        private long position;
        private boolean first = true;
        private volatile boolean closed;
        private String reported;

        Follower(LineQueue queue) {
            this.queue = queue;
            this.splitter = new LineSplitter(line -> queue.offer(name(), line));
        }

        void pollSafely() {
            if (closed) {
                return;
            }
            try {
                poll();
                reported = null;
            } catch (IOException e) {
                String sentence = e instanceof NoSuchFileException ? "Waiting for " + file + " to appear"
                        : "Cannot read " + file + ": " + LogExport.reason(e, file.getParent());
                if (!sentence.equals(reported)) {
                    queue.report(sentence);
                    reported = sentence;
                }
                closeChannel();
            }
        }

        private void poll() throws IOException {
            if (channel == null) {
                open();
            }
            readAvailable();
            BasicFileAttributes now;
            try {
                now = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return; // renamed away and not recreated yet: keep the old file open until a new one appears
            }
            if (!Objects.equals(now.fileKey(), key)) {
                readAvailable();
                splitter.flush();
                closeChannel();
                open();
                readAvailable();
            } else if (now.size() < position) {
                position = 0;
                splitter.reset();
                readAvailable();
            }
        }

        private void open() throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            position = first ? TailStart.of(channel, tailLines) : 0;
            first = false;
        }

        /**
         * Reads to the end of the file, or until the queue is nearly full. A read is sized so that its lines fit in
         * the queue's free room unless they average under 8 bytes; the rest waits in the file for the next poll.
         */
        private void readAvailable() throws IOException {
            int room;
            while ((room = queue.remainingCapacity()) >= 32) {
                buffer.clear().limit((int) Math.min(CHUNK, room * 8L));
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    return;
                }
                position += n;
                splitter.accept(buffer.array(), n);
            }
        }

        private void closeChannel() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing to do: the channel was only read
                }
                channel = null;
            }
        }

        void close() {
            closed = true;
            closeChannel();
        }
    }
}
