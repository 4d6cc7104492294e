package dev.clio.store.diagnostics;

/** Whether a diagnostic could answer. */
public enum DiagnosticStatus {
    /** The value is the answer. */
    OK,
    /** The question makes no sense for this database (for example locks between sessions on SQLite). */
    NOT_APPLICABLE,
    /** The database could answer with an extension that is not installed; the message says how to install it. */
    NOT_INSTALLED,
    /** The database did not answer; the message says why. */
    FAILED
}
