package dev.clio.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.server.ServerHarness;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real failures of real calls turn into. */
class ConnectionProblemTest {

    @TempDir
    Path dir;

    private static ConnectionProblem problem(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("the call should fail").isNotNull();
        return ConnectionProblem.of(thrown);
    }

    private static Operations quick(URI url, String key) {
        return client(url, key, Duration.ofSeconds(10));
    }

    private static Operations client(URI url, String key, Duration timeout) {
        return RemoteOperations.connect(ApiClientConfig.defaults(url, key, null)
                .withTimeouts(timeout, timeout, timeout).withRetry(RetryPolicy.none()));
    }

    @Test
    void aForbiddenActionSaysTheRoleIsTooNarrow() {
        try (ServerHarness server = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
                Operations viewer = quick(server.baseUrl(), server.key("viewer"))) {
            ConnectionProblem p = problem(viewer::runGc);
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.FORBIDDEN);
            assertThat(p.sentence()).isEqualTo("This API key's role does not allow that action; ask an admin for a "
                    + "key with a wider role if you need it.");
            assertThat(p.detail()).isEqualTo("Not allowed: your role viewer may not system.gc: it needs operator");
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (Operations ops = quick(URI.create("http://127.0.0.1:" + port), null)) {
            ConnectionProblem p = problem(ops::health);
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.UNREACHABLE);
            assertThat(p.transientProblem()).isTrue();
        }
    }

    @Test
    void tlsToAPlainHttpServerIsATlsProblem() {
        try (ServerHarness server = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
                Operations ops = quick(URI.create("https://127.0.0.1:" + server.port()), null)) {
            ConnectionProblem p = problem(ops::health);
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.TLS);
            assertThat(p.sentence()).contains("give that CA's PEM file");
        }
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
                Operations ops = client(URI.create("http://127.0.0.1:" + silent.getLocalPort()), null,
                        Duration.ofMillis(300))) {
            ConnectionProblem p = problem(ops::health);
            assertThat(p.kind()).isEqualTo(ConnectionProblem.Kind.TIMEOUT);
            assertThat(p.sentence()).startsWith("The server did not answer in time");
        }
    }

    @Test
    void otherFailuresAreSentencesToo() {
        assertThat(ConnectionProblem.of(OpsException.invalid("CA certificate file /x.pem does not exist")).sentence())
                .isEqualTo("This connection's settings cannot be used: CA certificate file /x.pem does not exist.");
        assertThat(ConnectionProblem.of(new OpsException(OpsException.Kind.UNAVAILABLE,
                "API keys cannot be checked right now")).kind()).isEqualTo(ConnectionProblem.Kind.SERVER_ERROR);
        assertThat(ConnectionProblem.of(new IllegalStateException()).sentence()).contains("IllegalStateException");
    }
}
