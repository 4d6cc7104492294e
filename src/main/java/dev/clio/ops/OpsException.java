package dev.clio.ops;

/**
 * The typed failures of every Operations call, the same embedded and remote. Messages are plain sentences that the
 * console and CLI show as they are.
 */
public class OpsException extends RuntimeException {

    private final Kind kind;

    public OpsException(Kind kind, String message) {
        super(message);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public OpsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, and the HTTP status the server answers with. */
    public enum Kind {
        INVALID_REQUEST(400, "validation_error"),
        UNAUTHORIZED(401, "unauthorized"),
        FORBIDDEN(403, "forbidden"),
        NOT_FOUND(404, "not_found"),
        CONFLICT(409, "conflict"),
        PAYLOAD_TOO_LARGE(413, "payload_too_large"),
        RATE_LIMITED(429, "rate_limited"),
        UNAVAILABLE(503, "unavailable"),
        TIMEOUT(504, "timeout"),
        INTERNAL(500, "internal_error");

        private final int httpStatus;
        private final String code;

        Kind(int httpStatus, String code) {
            this.httpStatus = httpStatus;
            this.code = code;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public String code() {
            return code;
        }
    }

    public static OpsException invalid(String message) {
        return new OpsException(Kind.INVALID_REQUEST, message);
    }

    public static OpsException notFound(String message) {
        return new OpsException(Kind.NOT_FOUND, message);
    }

    public static OpsException forbidden(String message) {
        return new OpsException(Kind.FORBIDDEN, message);
    }

    public static OpsException unavailable(String message) {
        return new OpsException(Kind.UNAVAILABLE, message);
    }
}
