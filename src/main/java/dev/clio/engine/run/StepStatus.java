package dev.clio.engine.run;

/** The states of a step within an execution. */
public enum StepStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED, CANCELLED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
