package dev.clio.kpi;

import java.time.Instant;

/**
 * Mutes an alert's notifications (its state machine keeps running).
 *
 * @param until when it expires, or null for "until recovered" (it ends when the alert resolves)
 */
public record Silence(String who, Instant from, Instant until, String comment) {

    public boolean untilRecovered() {
        return until == null;
    }
}
