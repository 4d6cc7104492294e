package dev.clio.connections;

import dev.clio.ops.OpsException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Why a connection does not work, as a plain sentence for the status bar and the connection manager (never a stack
 * trace). The server's API tells a wrong key, an expired one and a revoked one apart only in its message, so this
 * reads the message for those; every other kind comes from {@link OpsException.Kind}.
 *
 * @param sentence what happened and what to do, in one or two sentences
 * @param detail the underlying message, already plain (for a tooltip or "details"); may repeat the sentence
 */
public record ConnectionProblem(Kind kind, String sentence, String detail) {

    /** The problems a person can act on differently. */
    public enum Kind {
        WRONG_KEY, EXPIRED_KEY, REVOKED_KEY, FORBIDDEN, UNREACHABLE, TLS, TIMEOUT, RATE_LIMITED, SERVER_ERROR,
        UNHEALTHY, INVALID_SETTINGS
    }

    /** Classifies any failure of opening or probing a connection. */
    public static ConnectionProblem of(Throwable failure) {
        if (failure instanceof OpsException e) {
            return of(e);
        }
        if (failure instanceof ConnectionStoreException || failure instanceof IllegalArgumentException) {
            return new ConnectionProblem(Kind.INVALID_SETTINGS, "This connection's settings cannot be used: "
                    + failure.getMessage() + ".", failure.getMessage());
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new ConnectionProblem(Kind.SERVER_ERROR, "Something unexpected went wrong while talking to the "
                + "server (" + message + "); it is retried automatically.", message);
    }

    public static ConnectionProblem of(OpsException e) {
        String detail = e.getMessage() == null ? e.kind().code() : e.getMessage();
        String lower = detail.toLowerCase(Locale.ROOT);
        return switch (e.kind()) {
            case UNAUTHORIZED -> unauthorized(lower, detail);
            case FORBIDDEN -> new ConnectionProblem(Kind.FORBIDDEN, "This API key's role does not allow that action; "
                    + "ask an admin for a key with a wider role if you need it.", detail);
            case UNAVAILABLE -> unavailable(e, detail);
            case TIMEOUT -> new ConnectionProblem(Kind.TIMEOUT, "The server did not answer in time; it may be "
                    + "overloaded or stuck. Retrying automatically.", detail);
            case RATE_LIMITED -> new ConnectionProblem(Kind.RATE_LIMITED, "The server is refusing requests for a "
                    + "while because too many were made (or too many failed to authenticate).", detail);
            case INVALID_REQUEST -> new ConnectionProblem(Kind.INVALID_SETTINGS, "This connection's settings cannot "
                    + "be used: " + withoutFinalStop(detail) + ".", detail);
            default -> new ConnectionProblem(Kind.SERVER_ERROR, "The server answered with an error ("
                    + withoutFinalStop(detail) + "). Retrying automatically.", detail);
        };
    }

    /** The service answers but reports itself unhealthy: connected, but not all is well. */
    public static ConnectionProblem unhealthy(String status, String message) {
        return new ConnectionProblem(Kind.UNHEALTHY, "The server answers but reports itself " + status
                + (message == null || message.isBlank() ? "." : ": " + withoutFinalStop(message) + "."), message);
    }

    /** Answers are arriving, but slowly. */
    public static ConnectionProblem slow(long millis) {
        return new ConnectionProblem(Kind.TIMEOUT, "The server is answering slowly (" + millis + " ms for a health "
                + "check).", millis + " ms");
    }

    /** Whether retrying without changing anything can help (a key problem needs the user). */
    public boolean transientProblem() {
        return switch (kind) {
            case WRONG_KEY, EXPIRED_KEY, REVOKED_KEY, FORBIDDEN, INVALID_SETTINGS, TLS -> false;
            default -> true;
        };
    }

    private static ConnectionProblem unauthorized(String lower, String detail) {
        if (lower.contains(" expired on ") || lower.contains("key expired")) {
            return new ConnectionProblem(Kind.EXPIRED_KEY, "The API key of this connection has expired. Ask an admin "
                    + "for a new key and enter it in the connection's settings.", detail);
        }
        if (lower.contains(" was revoked") || lower.contains("key revoked")) {
            return new ConnectionProblem(Kind.REVOKED_KEY, "The API key of this connection was revoked. Ask an admin "
                    + "for a new key and enter it in the connection's settings.", detail);
        }
        return new ConnectionProblem(Kind.WRONG_KEY, "The server did not accept the API key of this connection. "
                + "Check that it was copied completely, or enter a new one in the connection's settings.", detail);
    }

    private static ConnectionProblem unavailable(OpsException e, String detail) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return new ConnectionProblem(Kind.TLS, "The server's certificate is not trusted (or the TLS handshake "
                        + "failed). If it uses its own CA, give that CA's PEM file in the connection's settings.",
                        detail);
            }
        }
        if (detail.startsWith("Cannot reach") || e.getCause() != null) {
            return new ConnectionProblem(Kind.UNREACHABLE, "The server cannot be reached; check that it is running "
                    + "and the URL is right. Retrying automatically.", detail);
        }
        // the server answered 503 itself: it is up but cannot serve (its store or key file, say)
        return new ConnectionProblem(Kind.SERVER_ERROR, "The server is up but cannot serve requests right now ("
                + withoutFinalStop(detail) + "). Retrying automatically.", detail);
    }

    private static String withoutFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
