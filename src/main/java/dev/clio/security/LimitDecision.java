package dev.clio.security;

/**
 * Whether a client may try to authenticate now.
 *
 * @param retryAfterSeconds 0 when allowed, else the value for the {@code Retry-After} header (at least 1)
 */
public record LimitDecision(boolean allowed, long retryAfterSeconds) {

    static final LimitDecision ALLOWED = new LimitDecision(true, 0);

    static LimitDecision blocked(long retryAfterSeconds) {
        return new LimitDecision(false, Math.max(1, retryAfterSeconds));
    }
}
