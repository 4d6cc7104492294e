package dev.clio.engine.workflow;

/** What a failed step does to its workflow. */
public enum OnFail {
    /** Cancel what is running and skip the rest. */
    STOP,
    /** Wait in the paused state until resumed or cancelled. */
    PAUSE_FOR_REVIEW,
    /** Carry on with the steps that do not need this one. */
    CONTINUE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
