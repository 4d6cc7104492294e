package dev.clio.console.alerts;

import dev.clio.kpi.AlertState;
import dev.clio.kpi.Severity;

/**
 * One rule's alert as the table and the detail pane show it; every text is ready to display.
 *
 * @param since "14:02:11 (3 min 12 s ago)"
 * @param age "3 min ago" for the table; empty for an inactive alert, whose "since" is just when watching began
 * @param response the response-time countdown of a firing alert ("respond within 7 min 12 s"), else empty
 * @param overdue a firing, unacknowledged alert past its response-time target
 * @param acknowledgement "acknowledged by alice at 14:02:11: note", else empty
 * @param silence "silenced until recovered by alice", "silenced until 14:30:00 (28 min left) by …", else empty
 * @param silencedUntil the short form for the table: "until recovered", "until 14:30:00 (28 min left)", else empty
 */
public record AlertRow(String ruleId, String title, Severity severity, AlertState state, String since, String age,
        String pendingFor, String responseTarget, String response, boolean overdue, String acknowledgement,
        String acknowledgedBy, String silence, String silencedUntil, boolean untilRecovered, String runbook,
        String condition, String reason) {

    public boolean firing() {
        return state == AlertState.FIRING;
    }

    /** Pending or firing: what can be acknowledged or silenced until recovered. */
    public boolean active() {
        return state == AlertState.PENDING || state == AlertState.FIRING;
    }

    public boolean acknowledged() {
        return !acknowledgement.isEmpty();
    }

    public boolean silenced() {
        return !silence.isEmpty();
    }

    public boolean critical() {
        return severity == Severity.CRITICAL;
    }
}
