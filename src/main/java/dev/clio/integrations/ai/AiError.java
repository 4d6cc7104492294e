package dev.clio.integrations.ai;

/** Any other failure: a rejected request (4xx), a server error after the retries, or a malformed response. */
public final class AiError extends AiException {

    private final int status;

    public AiError(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when the failure was not an HTTP error (malformed response). */
    public int status() {
        return status;
    }
}
