package dev.clio.ops.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.OpsException;
import dev.clio.ops.OpsException.Kind;
import dev.clio.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a console session sees: auth problems as sentences, and a server that goes away and comes back. */
class RemoteSessionTest {

    @TempDir
    Path dir;

    private static void failsWith(Kind kind, String message, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(OpsException.class).hasMessage(message)
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(kind));
    }

    @Test
    void authProblemsArePlainSentences() {
        try (ServerHarness server = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
                RemoteOperations wrong = RemoteOperations.connect(server.baseUrl(), "clio_" + "A".repeat(43), null);
                RemoteOperations expired = RemoteOperations.connect(server.baseUrl(), server.key("expired"), null);
                RemoteOperations viewer = RemoteOperations.connect(server.baseUrl(), server.key("viewer"), null)) {
            String at = "The server at " + server.baseUrl() + " did not accept the API key: ";
            failsWith(Kind.UNAUTHORIZED, at + "API key not recognised: check it was copied completely, or ask an "
                    + "admin for a new one", wrong::system);
            assertThatThrownBy(expired::system).hasMessageStartingWith(at + "API key " + server.key("expired")
                    .substring(0, 12))
                    .hasMessageMatching(".* expired on \\d{4}-\\d{2}-\\d{2}: ask an admin for a new one");
            failsWith(Kind.FORBIDDEN, "Not allowed: your role viewer may not config.set: it needs admin",
                    () -> viewer.setConfig("port", "9090"));
            failsWith(Kind.FORBIDDEN, "Not allowed: your role viewer may not system.gc: it needs operator",
                    viewer::runGc);
            assertThat(viewer.health().healthy()).as("public calls need no role").isTrue();
        }
    }

    @Test
    void aServerThatGoesAwayIsUnavailableAndTheSameClientRecoversWhenItIsBack() {
        ServerHarness first = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
        int port = first.port();
        try (RemoteOperations remote = RemoteOperations.connect(first.baseUrl(), first.key("admin"), null)) {
            assertThat(remote.system().cores()).isEqualTo(2);
            first.close();
            failsWith(Kind.UNAVAILABLE, "Cannot reach the server at http://127.0.0.1:" + port
                    + ": connection refused", remote::system);
            failsWith(Kind.UNAVAILABLE, "Cannot reach the server at http://127.0.0.1:" + port
                    + ": connection refused", remote::runGc);
            // the same security directory, so the session's key is still valid
            try (ServerHarness again = ServerHarness.start(dir, port, Duration.ofSeconds(1))) {
                assertThat(remote.system().cores()).isEqualTo(2);
                assertThat(remote.runGc().ok()).isTrue();
                assertThat(again.lastCall()).containsExactly("runGc");
            }
        }
    }
}
