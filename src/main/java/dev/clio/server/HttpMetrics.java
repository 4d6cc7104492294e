package dev.clio.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_requests_seconds{method,route,status}}: one timer per route template (never the raw path, so
 * that ids in paths cannot grow the number of series), cached so that the hot path does no registry lookup. Fixed
 * buckets (5 ms … 10 s, with 200, 500 and 1000 ms, the runbook's p95 thresholds, among them) let Prometheus compute
 * the fleet's p95 with {@code histogram_quantile} (see {@code packaging/monitoring/alerts.yml}).
 */
final class HttpMetrics {

    private static final Duration[] BUCKETS = millis(5, 10, 25, 50, 100, 200, 300, 500, 750, 1000, 2000, 5000, 10000);

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String method, String route, int status, long nanos) {
        timers.computeIfAbsent(new Key(method, route, status), k -> Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tag("method", k.method).tag("route", k.route).tag("status", String.valueOf(k.status))
                .serviceLevelObjectives(BUCKETS).register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Duration[] millis(long... values) {
        Duration[] out = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Duration.ofMillis(values[i]);
        }
        return out;
    }

    private record Key(String method, String route, int status) {
    }
}
