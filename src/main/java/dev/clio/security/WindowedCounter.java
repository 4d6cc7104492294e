package dev.clio.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Counts events in a sliding window with 60 buckets, so memory is constant whatever the traffic. Not thread-safe. */
final class WindowedCounter {

    private static final int BUCKETS = 60;
    private final long bucketMillis;
    private final long[] counts = new long[BUCKETS];
    private final long[] stamps = new long[BUCKETS];
    private long total;

    WindowedCounter(Duration window) {
        this.bucketMillis = Math.max(1, window.toMillis() / BUCKETS);
        Arrays.fill(stamps, Long.MIN_VALUE);
    }

    void add(Instant now) {
        long index = now.toEpochMilli() / bucketMillis;
        int slot = (int) Math.floorMod(index, (long) BUCKETS);
        if (stamps[slot] != index) {
            stamps[slot] = index;
            counts[slot] = 0;
        }
        counts[slot]++;
        total++;
    }

    /** Events in the window ending at {@code now} (to within one bucket). */
    long inWindow(Instant now) {
        long current = now.toEpochMilli() / bucketMillis;
        long sum = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (stamps[i] <= current && stamps[i] > current - BUCKETS) {
                sum += counts[i];
            }
        }
        return sum;
    }

    long total() {
        return total;
    }
}
