package dev.clio.console.containers;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One container's CPU and memory samples of this session, oldest first, bounded: the oldest sample is dropped when a
 * new one would exceed the capacity, so a console left open for days holds the same memory as after an hour.
 */
final class MetricHistory {

    /** One hour at the 3 s poll. */
    static final int CAPACITY = 1200;

    /** One sample; {@code cpuPercentOrNull} is null when the engine had no comparison yet. */
    record Sample(Instant at, Double cpuPercentOrNull, long memoryUsedBytes) {
    }

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private final int capacity;

    MetricHistory() {
        this(CAPACITY);
    }

    MetricHistory(int capacity) {
        this.capacity = capacity;
    }

    void add(Sample sample) {
        if (samples.size() == capacity) {
            samples.removeFirst();
        }
        samples.addLast(sample);
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }
}
