package dev.clio.engine.run;

/** The states of an execution; the last four are final. */
public enum ExecutionStatus {
    RUNNING, PAUSED, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED;

    public boolean isFinal() {
        return this != RUNNING && this != PAUSED;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
