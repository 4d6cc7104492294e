package dev.clio.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.config.Environment;
import dev.clio.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor against a real server on a loopback port: loss within 3 s, recovery by itself, key problems. */
class ConnectionMonitorTest {

    @TempDir
    Path dir;

    private ConnectionStore saved(ServerHarness server, String key) {
        ConnectionStore store = new ConnectionStore(dir.resolve("config"));
        store.add(ConnectionProfile.remote("server", server.baseUrl(), null, Environment.STAGING));
        store.storeKey("server", key);
        return store;
    }

    @Test
    void aLostServerIsDisconnectedWithinThreeSecondsAndTheSameMonitorReconnectsWhenItIsBack() {
        ServerHarness server = ServerHarness.start(dir.resolve("server"), 0, Duration.ofSeconds(1));
        int port = server.port();
        ConnectionStore store = saved(server, server.key("viewer"));
        List<ConnectionState> seen = new CopyOnWriteArrayList<>();
        try (Connection connection = new ConnectionFactory(store).open("server");
                ConnectionMonitor monitor = connection.monitor(Runnable::run)) {
            monitor.machine().addListener((before, after) -> {
                if (before.state() != after.state()) {
                    seen.add(after.state());
                }
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> monitor.machine().state() == ConnectionState.CONNECTED);
            assertThat(monitor.machine().status().lastRefresh()).isNotNull();

            server.close();
            await().atMost(Duration.ofSeconds(3)).until(() -> monitor.machine().state()
                    == ConnectionState.DISCONNECTED);
            assertThat(monitor.machine().status().problem().kind()).isEqualTo(ConnectionProblem.Kind.UNREACHABLE);
            assertThat(monitor.machine().status().problem().sentence()).startsWith("The server cannot be reached");

            try (ServerHarness again = ServerHarness.start(dir.resolve("server"), port, Duration.ofSeconds(1))) {
                await().atMost(Duration.ofSeconds(10)).until(() -> monitor.machine().state()
                        == ConnectionState.CONNECTED);
            }
            assertThat(seen).containsSubsequence(ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
        } finally {
            server.close();
        }
    }

    @Test
    void anUnhealthyServerIsDegradedNotDisconnected() {
        try (ServerHarness server = ServerHarness.start(dir.resolve("server"), 0, Duration.ofSeconds(1));
                Connection connection = new ConnectionFactory(saved(server, server.key("viewer"))).open("server");
                ConnectionMonitor monitor = connection.monitor(Runnable::run)) {
            server.healthy(false);
            await().atMost(Duration.ofSeconds(5)).until(() -> monitor.machine().state() == ConnectionState.DEGRADED);
            assertThat(monitor.machine().status().problem().sentence())
                    .isEqualTo("The server answers but reports itself unhealthy: 1 checks failing.");
            server.healthy(true);
            await().atMost(Duration.ofSeconds(5)).until(() -> monitor.machine().state() == ConnectionState.CONNECTED);
        }
    }

    @Test
    void aWrongKeyIsAPlainSentenceEvenThoughHealthItselfIsPublic() {
        try (ServerHarness server = ServerHarness.start(dir.resolve("server"), 0, Duration.ofSeconds(1));
                Connection connection = new ConnectionFactory(saved(server, "clio_" + "A".repeat(43)))
                        .open("server");
                ConnectionMonitor monitor = connection.monitor(Runnable::run)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> monitor.machine().state()
                    == ConnectionState.DISCONNECTED);
            ConnectionProblem problem = monitor.machine().status().problem();
            assertThat(problem.kind()).isEqualTo(ConnectionProblem.Kind.WRONG_KEY);
            assertThat(problem.sentence()).isEqualTo("The server did not accept the API key of this connection. "
                    + "Check that it was copied completely, or enter a new one in the connection's settings.");
            assertThat(problem.transientProblem()).isFalse();
        }
    }

    @Test
    void expiredAndRevokedKeysAreToldApart() {
        try (ServerHarness server = ServerHarness.start(dir.resolve("server"), 0, Duration.ofSeconds(1))) {
            ConnectionStore store = saved(server, server.key("expired"));
            store.add(ConnectionProfile.remote("revoked", server.baseUrl(), null, Environment.PRODUCTION));
            store.storeKey("revoked", server.key("revoked"));
            ConnectionFactory factory = new ConnectionFactory(store);
            assertThat(problemOf(factory, "server")).isEqualTo(ConnectionProblem.Kind.EXPIRED_KEY);
            assertThat(problemOf(factory, "revoked")).isEqualTo(ConnectionProblem.Kind.REVOKED_KEY);
        }
    }

    private static ConnectionProblem.Kind problemOf(ConnectionFactory factory, String name) {
        try (Connection connection = factory.open(name)) {
            try {
                connection.probe().run();
                throw new AssertionError("the probe accepted the key of " + name);
            } catch (RuntimeException e) {
                return ConnectionProblem.of(e).kind();
            }
        }
    }
}
