package dev.clio.security;

import java.time.Duration;

/**
 * The runbook's Security KPIs over the last {@code window}, plus totals since start.
 *
 * @param failedAuthRatePercent       failed authentications as a percentage of attempts (0 when none)
 * @param permissionDenialRatePercent permission denials as a percentage of checks (0 when none)
 * @param suspiciousActivityIncidents incidents of category suspicious activity inside the window
 * @param keyMisuseIncidents          incidents of category key misuse inside the window
 */
public record SecurityKpis(
        Duration window,
        long authAttempts,
        long authFailures,
        double failedAuthRatePercent,
        long permissionChecks,
        long permissionDenials,
        double permissionDenialRatePercent,
        long rateLimitedRequests,
        int suspiciousActivityIncidents,
        int keyMisuseIncidents,
        Totals totals) {

    /** Counts since the monitor started. */
    public record Totals(long authAttempts, long authFailures, long permissionChecks, long permissionDenials,
            long rateLimitedRequests, long incidents, long suppressedDuplicates) {
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}
