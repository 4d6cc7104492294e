package dev.clio.console.common.logs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The bounded hand-over between a source's thread and the pane: sources parse and offer lines, the pane drains at
 * most once per pulse. A full queue never grows: {@link #offer} drops and counts (for callbacks that must not block,
 * such as a stream's delivery thread), {@link #put} waits (for readers that can slow down: files, processes).
 */
public final class LineQueue {

    public static final int DEFAULT_CAPACITY = 65_536;

    private final ArrayBlockingQueue<LogLine> lines;
    private final LogLineParser parser;
    private final Clock clock;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicReference<String> problem = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Runnable wake = () -> { };

    public LineQueue(int capacity, LogLineParser parser, Clock clock) {
        this.lines = new ArrayBlockingQueue<>(capacity);
        this.parser = parser;
        this.clock = clock;
    }

    public LogLineParser parser() {
        return parser;
    }

    public LogLine parse(String source, String raw) {
        return parser.parse(source, raw, clock.instant());
    }

    /** Parses and enqueues without waiting; a full queue drops the line and counts it. */
    public boolean offer(String source, String raw) {
        return offer(parse(source, raw));
    }

    public boolean offer(LogLine line) {
        if (lines.offer(line)) {
            arrived();
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    /** Parses and enqueues, waiting while the queue is full; gives up (false) once {@code stopped} says so. */
    public boolean put(String source, String raw, BooleanSupplier stopped) throws InterruptedException {
        LogLine line = parse(source, raw);
        while (!stopped.getAsBoolean()) {
            if (lines.offer(line, 50, TimeUnit.MILLISECONDS)) {
                arrived();
                return true;
            }
        }
        return false;
    }

    /**
     * Who to tell when something arrives after {@link #arm()}: the pane stops its pulse timer while nothing comes in
     * (an idle console must not draw 60 frames a second) and is woken by the first new line. Called on the source's
     * thread, at most once per arming.
     */
    public void onArrival(Runnable wakeUp) {
        this.wake = wakeUp;
    }

    /** The next arrival calls the wake-up once. */
    public void arm() {
        armed.set(true);
    }

    private void arrived() {
        if (armed.compareAndSet(true, false)) {
            wake.run();
        }
    }

    public int remainingCapacity() {
        return lines.remainingCapacity();
    }

    public int size() {
        return lines.size();
    }

    /** Up to {@code max} lines, oldest first; never blocks. */
    public List<LogLine> drain(int max) {
        List<LogLine> batch = new ArrayList<>(Math.min(max, Math.max(16, lines.size())));
        lines.drainTo(batch, max);
        return batch;
    }

    public long dropped() {
        return dropped.get();
    }

    /** A source's failure, as a sentence for the user ("Cannot read /var/log/x: permission denied"). */
    public void report(String sentence) {
        problem.set(sentence);
        arrived();
    }

    /** The last problem reported and not yet taken, or null. */
    public String takeProblem() {
        return problem.getAndSet(null);
    }

    public void clear() {
        lines.clear();
    }
}
