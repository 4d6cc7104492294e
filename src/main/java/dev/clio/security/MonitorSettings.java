package dev.clio.security;

import java.time.Duration;

/**
 * Thresholds of {@link SecurityMonitor}; docs/security.md explains each one.
 *
 * @param kpiWindow          window of the KPI rates and incident counts (the runbook's Security KPIs)
 * @param burstFailures      failed authentications from one client inside {@code burstWindow} that are suspicious
 * @param burstWindow        window of bursts and of persistence while rate-limited
 * @param persistentRefusals requests refused with 429 inside {@code burstWindow} that make a client persistent
 * @param dedupWindow        one incident per kind and client (or key) inside this window
 * @param maxTracked         clients, keys and incidents remembered at once
 */
public record MonitorSettings(Duration kpiWindow, int burstFailures, Duration burstWindow, int persistentRefusals,
        Duration dedupWindow, int maxTracked) {

    public MonitorSettings {
        if (burstFailures < 1 || persistentRefusals < 1 || maxTracked < 1 || !positive(kpiWindow)
                || !positive(burstWindow) || dedupWindow.isNegative()) {
            throw new IllegalArgumentException("monitor settings need positive thresholds and windows");
        }
    }

    /** 1 h KPI window; burst = 5 failures in 60 s; persistence = 3 refusals in 60 s; one incident per 15 min. */
    public static MonitorSettings defaults() {
        return new MonitorSettings(Duration.ofHours(1), 5, Duration.ofSeconds(60), 3, Duration.ofMinutes(15), 10_000);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
