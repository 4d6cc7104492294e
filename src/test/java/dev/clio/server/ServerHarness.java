package dev.clio.server;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A public face of {@link TestServer} for clients' tests in other packages: a real server on a loopback port over
 * {@link InMemoryOperations}, keys per role, and the switches tests need (fail next calls, emit log lines).
 */
public final class ServerHarness implements AutoCloseable {

    private final TestServer server;

    private ServerHarness(TestServer server) {
        this.server = server;
    }

    /** @param port 0 for a free one; a fixed port restarts a server where a client expects it */
    public static ServerHarness start(Path dir, int port, Duration heartbeat) {
        return new ServerHarness(new TestServer(dir, b -> b.port(port).heartbeat(heartbeat)));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.server.port());
    }

    public int port() {
        return server.server.port();
    }

    /** @param role viewer, operator, admin, expired or revoked */
    public String key(String role) {
        return switch (role) {
            case "viewer" -> server.viewer;
            case "operator" -> server.operator;
            case "admin" -> server.admin;
            case "expired" -> server.expired;
            case "revoked" -> server.revoked;
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** The Operations behind the server, to compare remote answers with. */
    public Operations direct() {
        return server.ops;
    }

    /** Makes every following call fail (on the server side) with this kind. */
    public void failWith(OpsException.Kind kind, String message) {
        server.ops.failWith(kind, message);
    }

    public void healthy(boolean value) {
        server.ops.healthy = value;
    }

    /** The name and arguments of the last Operations call the server made, or null. */
    public List<Object> lastCall() {
        InMemoryOperations.Call c = server.ops.last();
        return c == null ? null : java.util.stream.Stream.concat(java.util.stream.Stream.of((Object) c.name()),
                c.args().stream()).toList();
    }

    public int callCount() {
        return server.ops.calls.size();
    }

    /** Log streams the server has open on its Operations. */
    public int openStreams() {
        return server.ops.sinks.size();
    }

    public int closedStreams() {
        return server.ops.closedStreams.size();
    }

    /** Sends one line to every open stream. */
    public void emit(Resources.LogEntry entry) {
        server.ops.sinks.forEach(s -> s.accept(entry));
    }

    @Override
    public void close() {
        server.close();
    }
}
