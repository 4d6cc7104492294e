package dev.clio.integrations.docker;

/**
 * A failed engine call, as one sentence that names the endpoint (and the container when there is one), e.g.
 * {@code No container engine at unix:///var/run/docker.sock: connection refused}.
 */
public final class EngineException extends RuntimeException {

    private final Kind kind;

    public EngineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, coarse enough for a caller to decide between retrying, fixing input and giving up. */
    public enum Kind {
        /** Nothing answers at the endpoint (no socket, connection refused, unknown host): retry later. */
        NO_ENGINE,
        /** The socket exists but this user may not open it. */
        PERMISSION_DENIED,
        /** The engine did not answer in time. */
        TIMEOUT,
        /** No such container. */
        NOT_FOUND,
        /** Too many streams are open. */
        BUSY,
        /** The container is not in a state that allows the call (stats of a stopped one, say). */
        CONFLICT,
        /** The engine answered with an error. */
        FAILED
    }
}
