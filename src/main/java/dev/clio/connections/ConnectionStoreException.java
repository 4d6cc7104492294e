package dev.clio.connections;

/** The saved connections cannot be read or written; the message names the file (and line) and what to do. */
public final class ConnectionStoreException extends RuntimeException {

    public ConnectionStoreException(String message) {
        super(message);
    }

    public ConnectionStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
