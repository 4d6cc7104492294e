package dev.clio.security;

/** Why an {@code X-API-Key} header was not accepted. */
public enum AuthFailure {
    /** No header, or an empty one. */
    MISSING,
    /** Not shaped like a key ({@code clio_} + 43 characters). */
    MALFORMED,
    /** Well formed, but no such key exists. */
    UNKNOWN,
    EXPIRED,
    REVOKED,
    /** The key file cannot be read, so no key can be checked (the server should answer 503, not 401). */
    UNAVAILABLE
}
