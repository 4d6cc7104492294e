package dev.clio.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_requests_seconds{method,route,status}}: one timer per route template (never the raw path, so
 * that ids in paths cannot grow the number of series), cached so that the hot path does no registry lookup.
 */
final class HttpMetrics {

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String method, String route, int status, long nanos) {
        timers.computeIfAbsent(new Key(method, route, status), k -> Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tag("method", k.method).tag("route", k.route).tag("status", String.valueOf(k.status))
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    private record Key(String method, String route, int status) {
    }
}
