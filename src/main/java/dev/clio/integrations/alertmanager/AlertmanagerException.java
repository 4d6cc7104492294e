package dev.clio.integrations.alertmanager;

/** A failed Alertmanager call, as one sentence that names the Alertmanager and what it said. */
public final class AlertmanagerException extends RuntimeException {

    /** Why it failed: nothing answered, it refused the request (4xx), it failed (5xx), or it did not answer in time. */
    public enum Kind { UNAVAILABLE, REJECTED, FAILED, TIMEOUT }

    private final Kind kind;
    private final int status;

    AlertmanagerException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }
}
