package dev.clio.integrations.docker;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Turns what docker-java and its transport throw into one {@link EngineException} sentence. The transport reports
 * socket failures as exceptions whose messages carry the OS error ({@code [111] Connection refused}), so the cause
 * chain is searched for both types and those texts.
 */
final class EngineErrors {

    private EngineErrors() {
    }

    /** @param container the container the call was about, or null */
    static EngineException of(EngineEndpoint endpoint, String container, Throwable failure) {
        if (failure instanceof EngineException e) {
            return e;
        }
        String where = container == null ? "" : " (container " + container + ")";
        if (failure instanceof NotFoundException) {
            return new EngineException(EngineException.Kind.NOT_FOUND, "No container named " + container + " at "
                    + endpoint, failure);
        }
        if (failure instanceof ConflictException || notRunning(failure)) {
            return new EngineException(EngineException.Kind.CONFLICT, "The engine at " + endpoint + " refused"
                    + where + ": " + detail(failure), failure);
        }
        String connection = connectionProblem(failure);
        if (connection != null) {
            EngineException.Kind kind = connection.equals("permission denied") ? EngineException.Kind.PERMISSION_DENIED
                    : EngineException.Kind.NO_ENGINE;
            String head = kind == EngineException.Kind.PERMISSION_DENIED ? "Cannot open the container engine at "
                    : "No container engine at ";
            return new EngineException(kind, head + endpoint + ": " + connection, failure);
        }
        if (hasCause(failure, SocketTimeoutException.class) || hasCause(failure, TimeoutException.class)
                || hasCause(failure, InterruptedIOException.class)) {
            return new EngineException(EngineException.Kind.TIMEOUT, "The container engine at " + endpoint
                    + " did not answer in time" + where, failure);
        }
        if (failure instanceof DockerException) {
            return new EngineException(EngineException.Kind.FAILED, "The container engine at " + endpoint
                    + " answered with an error" + where + ": " + detail(failure), failure);
        }
        return new EngineException(EngineException.Kind.FAILED, "The call to the container engine at " + endpoint
                + " failed" + where + ": " + detail(failure), failure);
    }

    /** Podman answers 500, not Docker's 409, when a call needs a running container. */
    private static boolean notRunning(Throwable failure) {
        String m = failure instanceof DockerException && failure.getMessage() != null
                ? failure.getMessage().toLowerCase(Locale.ROOT) : "";
        return m.contains("container state improper") || m.contains("is not running");
    }

    /** True when a call failed on a connection the engine dropped: worth one retry on a fresh one. */
    static boolean staleConnection(EngineException e) {
        return e.kind() == EngineException.Kind.NO_ENGINE && e.getMessage().endsWith(": connection lost");
    }

    /** "connection refused", "no socket file", "permission denied", "unknown host", or null. */
    private static String connectionProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof AccessDeniedException || m.contains("permission denied")) {
                return "permission denied";
            }
            if (t instanceof NoSuchFileException || m.contains("no such file or directory")) {
                return "no socket file";
            }
            if (t instanceof ConnectException || m.contains("connection refused")) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (m.contains("broken pipe") || m.contains("connection reset") || m.contains("failed to respond")
                    || t.getClass().getSimpleName().equals("NoHttpResponseException")) {
                return "connection lost";
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
    }

    /** The engine's own message, on one line, without docker-java's "Status 409: {json}" wrapping. */
    static String detail(Throwable failure) {
        String m = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int json = m.indexOf("\"message\":\"");
        if (json >= 0) {
            int start = json + "\"message\":\"".length();
            int end = m.indexOf('"', start);
            m = end > start ? m.substring(start, end) : m.substring(start);
        }
        String line = m.strip().replaceAll("\\s*\\R\\s*", "; ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
