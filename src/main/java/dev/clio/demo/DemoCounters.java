package dev.clio.demo;

import dev.clio.ops.OpsException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The live counters behind {@link DemoLoadStats}; thread-safe. */
final class DemoCounters {

    private final Instant startedAt;
    private final String baseUrl;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong unauthorized = new AtomicLong();
    private final AtomicLong forbidden = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong otherErrors = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong overBudget = new AtomicLong();
    private final AtomicLong logLines = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    DemoCounters(Instant startedAt, String baseUrl) {
        this.startedAt = startedAt;
        this.baseUrl = baseUrl;
    }

    void answered() {
        requests.incrementAndGet();
        ok.incrementAndGet();
    }

    /** Counts a failed request by what the server said. */
    void failed(OpsException e) {
        requests.incrementAndGet();
        switch (e.kind()) {
            case UNAUTHORIZED -> unauthorized.incrementAndGet();
            case FORBIDDEN -> forbidden.incrementAndGet();
            case RATE_LIMITED -> rateLimited.incrementAndGet();
            case UNAVAILABLE, INTERNAL, TIMEOUT -> serverErrors.incrementAndGet();
            default -> otherErrors.incrementAndGet();
        }
    }

    void unexpected(String message) {
        lastError.set(message);
    }

    void executionStarted() {
        started.incrementAndGet();
    }

    void executionEnded(String status, String error) {
        if ("succeeded".equals(status)) {
            succeeded.incrementAndGet();
        } else {
            failed.incrementAndGet();
            if (error != null && error.contains("budget")) {
                overBudget.incrementAndGet();
            }
        }
    }

    void logLine() {
        logLines.incrementAndGet();
    }

    DemoLoadStats snapshot() {
        return new DemoLoadStats(startedAt, baseUrl, requests.get(), ok.get(), unauthorized.get(), forbidden.get(),
                rateLimited.get(), serverErrors.get(), otherErrors.get(), started.get(), succeeded.get(),
                failed.get(), overBudget.get(), logLines.get(), lastError.get());
    }
}
