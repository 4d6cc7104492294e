package dev.clio.kpi;

import java.time.Duration;
import java.time.Instant;

/**
 * One rule's alert as of a snapshot. Immutable.
 *
 * @param conditionHolds null when it cannot be told (the KPI has no data or is stale)
 * @param reason what the condition saw, e.g. {@code api_error_rate 6.1% > 5%}
 * @param remainingResponse for a firing alert, what is left of its response-time target (negative when overdue;
 *     frozen at the acknowledgement, which is the response); null otherwise
 */
public record AlertStatus(AlertRule rule, AlertState state, Instant since, Instant pendingSince, Instant firedAt,
        Instant resolvedAt, Boolean conditionHolds, String reason, Acknowledgement acknowledgement, Silence silence,
        Duration remainingResponse) {

    public boolean silenced() {
        return silence != null;
    }

    /** Pending or firing. */
    public boolean active() {
        return state == AlertState.PENDING || state == AlertState.FIRING;
    }
}
