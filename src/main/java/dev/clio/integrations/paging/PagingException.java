package dev.clio.integrations.paging;

/** PagerDuty did not take the event: one sentence saying why (what PagerDuty said, or that it could not be reached). */
public final class PagingException extends RuntimeException {

    private final int status;
    private final int attempts;

    PagingException(String message, int status, int attempts) {
        super(message);
        this.status = status;
        this.attempts = attempts;
    }

    /** The last HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
