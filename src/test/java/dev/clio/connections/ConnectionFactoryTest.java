package dev.clio.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.config.Environment;
import dev.clio.ops.OpsException;
import dev.clio.server.ServerHarness;
import dev.clio.workspace.WorkspaceInitializer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionFactoryTest {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedProfileOpensItsWorkspaceAndBecomesTheLastUsed() throws Exception {
        Path ws = WorkspaceInitializer.initialize(dir.resolve("ws")).workspace().root();
        ConnectionStore store = new ConnectionStore(dir.resolve("config"));
        store.add(ConnectionProfile.embedded("local", ws, Environment.DEVELOPMENT));
        try (Connection connection = new ConnectionFactory(store).open("local")) {
            assertThat(connection.operations().info().mode()).isEqualTo("embedded");
            assertThat(connection.probe().run().status()).isIn("healthy", "degraded");
        }
        assertThat(store.lastUsed()).map(SavedConnection::name).hasValue("local");
    }

    @Test
    void aRemoteProfileUsesItsStoredKey() {
        try (ServerHarness server = ServerHarness.start(dir.resolve("server"), 0, Duration.ofSeconds(1))) {
            ConnectionStore store = new ConnectionStore(dir.resolve("config"));
            store.add(ConnectionProfile.remote("srv", server.baseUrl(), null, Environment.STAGING));
            store.storeKey("srv", server.key("operator"));
            try (Connection connection = new ConnectionFactory(store).open("srv")) {
                assertThat(connection.operations().runGc().ok()).isTrue();
                assertThat(server.lastCall()).containsExactly("runGc");
            }
        }
    }

    @Test
    void unusableProfilesFailWithOneActionableSentence() {
        ConnectionFactory factory = new ConnectionFactory(new ConnectionStore(dir.resolve("config")));
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> factory.open(ConnectionProfile.embedded("x", missing, Environment.DEVELOPMENT)))
                .isInstanceOf(OpsException.class).hasMessage("workspace " + missing + " is not a workspace (it has "
                        + "no .ai/ directory); create it with 'cli-orchestrator init " + missing + "'");
        Path ca = dir.resolve("ca.pem");
        assertThatThrownBy(() -> factory.open(ConnectionProfile.remote("y", java.net.URI.create(
                "https://127.0.0.1:9"), ca, Environment.PRODUCTION)))
                .hasMessage("CA certificate " + ca + " is not a readable file");
        assertThatThrownBy(() -> factory.open("nope")).isInstanceOf(ConnectionStoreException.class);
    }
}
