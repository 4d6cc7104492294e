package dev.clio.console.incidents;

import dev.clio.ops.Incidents.EventKind;

/**
 * One timeline entry as the list shows it; every text is ready to display.
 *
 * @param utc {@code 2026-12-01 10:00:05Z}
 * @param local the same moment in the console's time zone, {@code 11:00:05 CET}
 * @param history a note's earlier texts, oldest first, one a line; empty when it was never edited
 */
record TimelineRow(long seq, EventKind kind, String icon, String utc, String local, String actor, String text,
        boolean pinned, String history) {

    boolean note() {
        return kind == EventKind.NOTE;
    }

    /** {@code 12 note}: what the filter shows and a test finds the row by. */
    String label() {
        return "#" + seq + " " + kind.label();
    }

    static String icon(EventKind kind) {
        return switch (kind) {
            case DETECTION -> "mdi2a-alarm-light-outline";
            case ACKNOWLEDGEMENT -> "mdi2b-bell-check-outline";
            case SEVERITY -> "mdi2g-gauge";
            case STATUS -> "mdi2s-swap-horizontal";
            case NOTE -> "mdi2n-note-text-outline";
            case NOTE_EDIT -> "mdi2p-pencil-outline";
            case RUNBOOK_STEP -> "mdi2b-book-open-page-variant-outline";
            case CONTAINER_ACTION -> "mdi2p-package-variant-closed";
            case VERIFICATION -> "mdi2c-check-decagram-outline";
            case KPI_SNAPSHOT -> "mdi2c-chart-line";
            case COMMUNICATION -> "mdi2e-email-outline";
            case RESOLUTION -> "mdi2c-check-circle-outline";
            case COMMAND -> "mdi2c-console";
            case PAGING -> "mdi2b-bell-ring-outline";
        };
    }
}
