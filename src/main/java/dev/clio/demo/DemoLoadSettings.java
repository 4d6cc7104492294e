package dev.clio.demo;

import java.time.Duration;

/**
 * How hard {@link DemoLoad} works. The defaults keep the demo visibly alive while costing a few percent of one core.
 *
 * @param requestsPerSecond reads of the API (health, KPIs, metrics, history, logs ...), 0.1 to 50
 * @param workflowInterval one sample workflow started every this often (skipped while {@code maxRunning} run)
 * @param failedAuthInterval one request with a wrong or a revoked key every this often; the generator never sends more
 *     than {@link DemoLoad#QUIET_FAILURES} of them within the server's limiter window, so its own traffic is not
 *     blocked by them
 * @param forbiddenInterval one action the read-only key's role does not allow, every this often
 * @param burstInterval a burst of wrong keys every this often (suspicious activity; the server then blocks the demo's
 *     address for a minute), {@link Duration#ZERO} for never; the first burst comes one interval after the start
 * @param maxRunning executions of the demo that may run at once
 */
public record DemoLoadSettings(double requestsPerSecond, Duration workflowInterval, Duration failedAuthInterval,
        Duration forbiddenInterval, Duration burstInterval, int maxRunning) {

    static final Duration SHORTEST = Duration.ofMillis(100);

    public DemoLoadSettings {
        if (!(requestsPerSecond >= 0.1 && requestsPerSecond <= 50)) {
            throw new IllegalArgumentException("demo load rate " + requestsPerSecond
                    + " requests/s is outside 0.1 to 50; e.g. --rate 2");
        }
        check("workflow interval", workflowInterval);
        check("failed authentication interval", failedAuthInterval);
        check("forbidden action interval", forbiddenInterval);
        if (burstInterval == null || burstInterval.isNegative()
                || !burstInterval.isZero() && burstInterval.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("burst interval must be 0 (never) or at least 100 ms");
        }
        if (maxRunning < 1 || maxRunning > 8) {
            throw new IllegalArgumentException("demo load max running executions " + maxRunning
                    + " is outside 1 to 8");
        }
    }

    /**
     * 2 reads/s, a workflow every 5 s, a failed authentication every 20 s, a forbidden action a minute, a burst every
     * 15 min (the security monitor's de-duplication window, so each burst is a new incident), 2 running at once.
     */
    public static DemoLoadSettings defaults() {
        return new DemoLoadSettings(2, Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofMinutes(1),
                Duration.ofMinutes(15), 2);
    }

    public DemoLoadSettings withRate(double value) {
        return new DemoLoadSettings(value, workflowInterval, failedAuthInterval, forbiddenInterval, burstInterval,
                maxRunning);
    }

    public DemoLoadSettings withWorkflowInterval(Duration value) {
        return new DemoLoadSettings(requestsPerSecond, value, failedAuthInterval, forbiddenInterval, burstInterval,
                maxRunning);
    }

    public DemoLoadSettings withSecurityIntervals(Duration failedAuth, Duration forbidden, Duration burst) {
        return new DemoLoadSettings(requestsPerSecond, workflowInterval, failedAuth, forbidden, burst, maxRunning);
    }

    public DemoLoadSettings withMaxRunning(int value) {
        return new DemoLoadSettings(requestsPerSecond, workflowInterval, failedAuthInterval, forbiddenInterval,
                burstInterval, value);
    }

    private static void check(String name, Duration d) {
        if (d == null || d.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException(name + " must be at least 100 ms");
        }
    }
}
