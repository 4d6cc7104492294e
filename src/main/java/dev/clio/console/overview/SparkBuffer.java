package dev.clio.console.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent values of one KPI in a fixed ring: at most one sample per second (a second sample in the same second
 * replaces the first, e.g. a republish after an acknowledgement), and never more than {@code capacity} samples, so
 * memory stays flat however long the console runs. UI thread only.
 */
final class SparkBuffer {

    private final long[] times;
    private final double[] values;
    private int start;
    private int size;

    SparkBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        times = new long[capacity];
        values = new double[capacity];
    }

    /** @param valueOrNull null records a gap */
    void add(Instant at, Double valueOrNull) {
        long t = at.toEpochMilli();
        double v = valueOrNull == null ? Double.NaN : valueOrNull;
        if (size > 0) {
            int last = index(size - 1);
            if (t < times[last]) {
                return;
            }
            if (Math.floorDiv(t, 1000) == Math.floorDiv(times[last], 1000)) {
                times[last] = t;
                values[last] = v;
                return;
            }
        }
        if (size == times.length) {
            start = (start + 1) % times.length;
            size--;
        }
        int i = index(size);
        times[i] = t;
        values[i] = v;
        size++;
    }

    int size() {
        return size;
    }

    /** The samples at or after {@code from}, oldest first. */
    List<SparkPoint> since(Instant from) {
        long f = from.toEpochMilli();
        List<SparkPoint> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            int i = index(k);
            if (times[i] >= f) {
                out.add(new SparkPoint(Instant.ofEpochMilli(times[i]), values[i]));
            }
        }
        return out;
    }

    private int index(int k) {
        return (start + k) % times.length;
    }
}
