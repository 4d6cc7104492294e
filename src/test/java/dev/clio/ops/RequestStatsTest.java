package dev.clio.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestStatsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final InstantSource clock = now::get;

    @Test
    void countsByEndpointAndStatusWithErrorKinds() {
        RequestStats stats = new RequestStats(Duration.ofHours(1), clock);
        stats.record("GET", "/health", 200, 1_000_000);
        stats.record("GET", "/health", 200, 1_000_000);
        stats.record("GET", "/api/v1/x", 404, 1_000_000);
        stats.record("POST", "/api/v1/y", 500, 1_000_000);
        RequestStats.Snapshot s = stats.snapshot(Duration.ofMinutes(5));
        assertThat(s.totalRequests()).isEqualTo(4);
        assertThat(s.errorRequests()).isEqualTo(1);
        assertThat(s.errorRate()).isEqualTo(0.25);
        assertThat(s.errors()).containsEntry("http_4xx", 1L).containsEntry("http_5xx", 1L);
        assertThat(s.endpoints().get(0)).isEqualTo(new Metrics.EndpointCount("/health", "GET", 200, 2));
    }

    @Test
    void percentilesAreWithinTheHistogramResolution() {
        RequestStats stats = new RequestStats(Duration.ofHours(1), clock);
        IntStream.rangeClosed(1, 1000).forEach(i -> stats.record("GET", "/x", 200, i * 100_000L)); // 0.1..100 ms
        Metrics.Latency l = stats.snapshot(Duration.ofMinutes(1)).latency();
        assertThat(l.p50Ms()).isBetween(50 * 0.95, 50 * 1.05);
        assertThat(l.p95Ms()).isBetween(95 * 0.95, 95 * 1.05);
        assertThat(l.p99Ms()).isBetween(99 * 0.95, 99 * 1.05);
    }

    @Test
    void theWindowSlidesAndOldMinutesAreForgotten() {
        RequestStats stats = new RequestStats(Duration.ofMinutes(10), clock);
        stats.record("GET", "/x", 200, 1_000);
        assertThat(stats.snapshot(Duration.ofMinutes(1)).totalRequests()).isEqualTo(1);
        stats.record("GET", "/x", 200, 1_000);
        assertThat(stats.snapshot(Duration.ofMinutes(1)).totalRequests()).as("reused within 1 s").isEqualTo(1);
        now.set(now.get().plusMillis(1_000));
        assertThat(stats.snapshot(Duration.ofMinutes(1)).totalRequests()).isEqualTo(2);
        now.set(now.get().plus(Duration.ofMinutes(3)));
        stats.record("GET", "/x", 200, 1_000);
        assertThat(stats.snapshot(Duration.ofMinutes(1)).totalRequests()).isEqualTo(1);
        assertThat(stats.snapshot(Duration.ofMinutes(5)).totalRequests()).isEqualTo(3);
        now.set(now.get().plus(Duration.ofMinutes(30)));
        stats.record("GET", "/x", 200, 1_000);
        assertThat(stats.snapshot(Duration.ofDays(7)).totalRequests()).as("clipped to retention").isEqualTo(1);
    }

    @Test
    void endpointKeysAreBounded() {
        RequestStats stats = new RequestStats(Duration.ofMinutes(5), clock);
        for (int i = 0; i < 5_000; i++) {
            stats.record("GET", "/raw/" + i, 200, 1_000);
        }
        RequestStats.Snapshot s = stats.snapshot(Duration.ofMinutes(1));
        assertThat(s.totalRequests()).isEqualTo(5_000);
        assertThat(s.endpoints().size()).isLessThanOrEqualTo(RequestStats.MAX_KEYS_PER_BUCKET + 1);
        assertThat(s.endpoints()).anyMatch(e -> e.endpoint().equals("other"));
        assertThat(s.endpoints().stream().mapToLong(Metrics.EndpointCount::count).sum()).isEqualTo(5_000);
    }

    @Test
    void concurrentRecordingLosesNothing() throws Exception {
        RequestStats stats = new RequestStats(Duration.ofMinutes(5), clock);
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> IntStream.range(0, 10_000)
                    .forEach(n -> stats.record("GET", "/x", n % 2 == 0 ? 200 : 500, 1_000)));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(stats.snapshot(Duration.ofMinutes(1)).totalRequests()).isEqualTo(40_000);
        assertThat(stats.snapshot(Duration.ofMinutes(1)).errorRequests()).isEqualTo(20_000);
    }
}
