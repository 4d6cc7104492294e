package dev.clio.store;

/**
 * The one exception the store throws. Its message is a single plain line meant for the user (what failed and what to
 * do); it never contains a password.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
