package dev.clio.console.alerts;

import java.time.Instant;

/**
 * One line of the alert history.
 *
 * @param change {@code pending → firing} for a state change, empty for an acknowledgement or silence
 * @param detail what was seen or done, e.g. {@code api_error_rate 6% > 5% for 5 min}, {@code acknowledged by alice}
 */
public record HistoryRow(Instant at, String time, String ruleId, String title, String change, String detail) {

    /** The line as the history list shows it. */
    public String text() {
        return time + "  " + title + "  " + (change.isEmpty() ? "" : change + "  ") + detail;
    }
}
