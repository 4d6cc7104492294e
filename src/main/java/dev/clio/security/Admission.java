package dev.clio.security;

/**
 * The gate's answer to a request's credentials.
 *
 * @param caller            the authenticated caller, or null when refused
 * @param retryAfterSeconds for {@link Outcome#RATE_LIMITED}: the {@code Retry-After} value; else 0
 * @param message           one sentence for the client; empty when admitted
 */
public record Admission(Outcome outcome, Caller caller, long retryAfterSeconds, String message) {

    /** What happened, and the HTTP status the server should answer with. */
    public enum Outcome {
        ADMITTED(200), UNAUTHORIZED(401), RATE_LIMITED(429), UNAVAILABLE(503);

        private final int httpStatus;

        Outcome(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    public boolean admitted() {
        return outcome == Outcome.ADMITTED;
    }
}
