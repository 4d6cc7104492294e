package dev.clio.ops;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP request counts and latencies of the last hours, for {@link Operations#metricsSummary}: the server records
 * every request, the embedded Operations reads a window of it.
 *
 * <p>Thread-safe and lock-free on the recording path. Memory is bounded: one bucket per minute over the retention
 * (24 h by default), each with a fixed log-scale latency histogram (about 4 % resolution) and at most
 * {@value #MAX_KEYS_PER_BUCKET} endpoint/status keys (more are counted under endpoint {@code other}). Windows longer
 * than the retention are answered with what is retained.
 */
public final class RequestStats {

    static final int MAX_KEYS_PER_BUCKET = 512;
    private static final double GROWTH = Math.log(1.08);
    private static final double MIN_MICROS = 10;
    private static final int BINS = 220;

    private final InstantSource clock;
    private final AtomicReferenceArray<Bucket> buckets;
    private volatile Cached last;

    public RequestStats() {
        this(Duration.ofHours(24), InstantSource.system());
    }

    public RequestStats(Duration retention, InstantSource clock) {
        this.clock = clock;
        this.buckets = new AtomicReferenceArray<>((int) Math.max(1, retention.toMinutes()));
    }

    /** Records one finished request; {@code endpoint} should be a route template so that keys stay few. */
    public void record(String method, String endpoint, int status, long durationNanos) {
        Bucket bucket = current(clock.millis() / 60_000);
        bucket.total.increment();
        bucket.latency.incrementAndGet(bin(durationNanos / 1_000.0));
        Key key = new Key(endpoint, method, status);
        LongAdder counter = bucket.counts.get(key);
        if (counter == null) {
            key = bucket.counts.size() >= MAX_KEYS_PER_BUCKET ? new Key("other", method, status) : key;
            counter = bucket.counts.computeIfAbsent(key, k -> new LongAdder());
        }
        counter.increment();
    }

    /**
     * The requests of the last {@code window} (rounded up to whole minutes, at most the retention). A snapshot is
     * reused for up to one second, so that a dashboard polling hard costs one summation per second.
     */
    public Snapshot snapshot(Duration window) {
        long millis = clock.millis();
        Cached cached = last;
        if (cached != null && cached.window.equals(window) && millis >= cached.atMillis
                && millis - cached.atMillis < 1_000) {
            return cached.snapshot;
        }
        Snapshot fresh = compute(window, millis / 60_000);
        last = new Cached(window, millis, fresh);
        return fresh;
    }

    private Snapshot compute(Duration window, long now) {
        long minutes = Math.min(buckets.length(), Math.max(1, (window.toSeconds() + 59) / 60));
        long[] bins = new long[BINS];
        Map<Key, Long> counts = new HashMap<>();
        long total = 0;
        for (int i = 0; i < buckets.length(); i++) {
            Bucket b = buckets.get(i);
            if (b == null || b.minute <= now - minutes || b.minute > now) {
                continue;
            }
            total += b.total.sum();
            for (int j = 0; j < BINS; j++) {
                bins[j] += b.latency.get(j);
            }
            b.counts.forEach((k, v) -> counts.merge(k, v.sum(), Long::sum));
        }
        return toSnapshot(window, total, bins, counts);
    }

    private static Snapshot toSnapshot(Duration window, long total, long[] bins, Map<Key, Long> counts) {
        List<Metrics.EndpointCount> endpoints = new ArrayList<>();
        long clientErrors = 0;
        long serverErrors = 0;
        for (Map.Entry<Key, Long> e : counts.entrySet()) {
            Key k = e.getKey();
            endpoints.add(new Metrics.EndpointCount(k.endpoint, k.method, k.status, e.getValue()));
            clientErrors += k.status >= 400 && k.status < 500 ? e.getValue() : 0;
            serverErrors += k.status >= 500 ? e.getValue() : 0;
        }
        endpoints.sort(Comparator.comparingLong(Metrics.EndpointCount::count).reversed()
                .thenComparing(Metrics.EndpointCount::endpoint));
        Metrics.Latency latency = new Metrics.Latency(percentile(bins, total, 0.50), percentile(bins, total, 0.95),
                percentile(bins, total, 0.99));
        return new Snapshot(window, total, serverErrors, latency, endpoints,
                Map.of("http_4xx", clientErrors, "http_5xx", serverErrors));
    }

    private Bucket current(long minute) {
        int index = (int) (minute % buckets.length());
        while (true) {
            Bucket b = buckets.get(index);
            if (b != null && b.minute >= minute) {
                return b;
            }
            Bucket fresh = new Bucket(minute);
            if (buckets.compareAndSet(index, b, fresh)) {
                return fresh;
            }
        }
    }

    static int bin(double micros) {
        if (micros <= MIN_MICROS) {
            return 0;
        }
        return (int) Math.min(BINS - 1, 1 + Math.floor(Math.log(micros / MIN_MICROS) / GROWTH));
    }

    /** The geometric middle of a bin, in milliseconds. */
    static double binMillis(int bin) {
        if (bin == 0) {
            return MIN_MICROS / 1_000.0;
        }
        double low = MIN_MICROS * Math.exp((bin - 1) * GROWTH);
        return low * Math.exp(GROWTH / 2) / 1_000.0;
    }

    private static double percentile(long[] bins, long total, double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < bins.length; i++) {
            seen += bins[i];
            if (seen >= rank) {
                return Math.round(binMillis(i) * 1_000.0) / 1_000.0;
            }
        }
        return binMillis(bins.length - 1);
    }

    /**
     * Requests of one window.
     *
     * @param errorRequests responses with a 5xx status (client errors are in {@code errors.http_4xx})
     */
    public record Snapshot(Duration window, long totalRequests, long errorRequests, Metrics.Latency latency,
            List<Metrics.EndpointCount> endpoints, Map<String, Long> errors) {
        public Snapshot {
            endpoints = List.copyOf(endpoints);
            errors = Map.copyOf(errors);
        }

        public double errorRate() {
            return totalRequests == 0 ? 0 : (double) errorRequests / totalRequests;
        }
    }

    private record Key(String endpoint, String method, int status) {
    }

    private record Cached(Duration window, long atMillis, Snapshot snapshot) {
    }

    private static final class Bucket {
        final long minute;
        final LongAdder total = new LongAdder();
        final AtomicLongArray latency = new AtomicLongArray(BINS);
        final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

        Bucket(long minute) {
            this.minute = minute;
        }
    }
}
