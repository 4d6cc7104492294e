package dev.clio.integrations.prometheus;

/** A Prometheus call that gave no answer. The message is one sentence meant for users, naming the server. */
public final class PrometheusException extends Exception {

    /** Why there is no answer. */
    public enum Kind {
        /** not reachable, or answering with errors (5xx, not the Prometheus API) */
        UNAVAILABLE,
        /** the server (or a proxy before it) refused the credentials */
        UNAUTHORIZED,
        /** the expression is not valid PromQL or cannot be evaluated */
        BAD_QUERY,
        /** no answer within the timeout */
        TIMEOUT
    }

    private final Kind kind;

    PrometheusException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
