package dev.clio.security;

/** A security file cannot be read or written; the message is one actionable sentence for the user. */
public final class SecurityStoreException extends RuntimeException {

    public SecurityStoreException(String message) {
        super(message);
    }

    public SecurityStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
