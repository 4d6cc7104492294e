package dev.clio.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.config.Environment;
import dev.clio.ops.Incidents;
import dev.clio.testing.FakeEventsApi;
import dev.clio.workspace.WorkspaceInitializer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connection's Alertmanager URL, paging endpoint and routing key: stored, read back, and used when opened. */
class ConnectionMonitoringTest {

    private static final String ROUTING_KEY = "R0UT1NGKEY0123456789abcdefABCDEF";

    @TempDir
    Path dir;

    private ConnectionStore store() {
        return new ConnectionStore(dir.resolve("config"));
    }

    @Test
    void monitoringUrlsSurviveAFreshStore() throws Exception {
        ConnectionProfile prod = ConnectionProfile.remote("prod", URI.create("https://ops.example.com"), null,
                Environment.PRODUCTION).withMonitoring(new Monitoring(URI.create("http://am.example.com:9093"),
                URI.create("https://events.example.com/v2/enqueue")));
        ConnectionProfile plain = ConnectionProfile.embedded("local", dir.resolve("ws"), Environment.DEVELOPMENT);
        store().add(prod);
        store().add(plain);

        assertThat(store().get("prod").profile()).isEqualTo(prod);
        assertThat(store().get("local").profile().monitoring()).isEqualTo(Monitoring.NONE);
        assertThat(Files.readString(store().file())).contains("alertmanager_url: \"http://am.example.com:9093\"")
                .contains("paging_endpoint: \"https://events.example.com/v2/enqueue\"");
    }

    @Test
    void aBadMonitoringUrlNamesItsLine() {
        Path file = dir.resolve("connections.yaml");
        assertThatThrownBy(() -> ConnectionsFile.parse(file, "connections:\n  - name: a\n    kind: embedded\n"
                + "    workspace: /w\n    alertmanager_url: am.local:9093\n"))
                .hasMessage(file + " line 5: Alertmanager URL 'am.local:9093' is not an http(s) URL, e.g. "
                        + "http://alertmanager.example.com:9093");
    }

    @Test
    void theRoutingKeyLivesInAnOwnerOnlyFileMovesWithARenameAndGoesWithTheConnection() throws Exception {
        ConnectionStore store = store();
        store.add(ConnectionProfile.embedded("local", dir.resolve("ws"), Environment.DEVELOPMENT));
        store.storeRoutingKey("local", ROUTING_KEY);

        Path file = dir.resolve("config/paging-keys/local.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(store.file())).doesNotContain(ROUTING_KEY);
        assertThat(store.get("local").pages()).isTrue();
        assertThat(store.get("local").hasKey()).isFalse();

        store.update("local", ConnectionProfile.embedded("renamed", dir.resolve("ws"), Environment.DEVELOPMENT));
        assertThat(store.routingKeyForPaging("renamed")).isEqualTo(ROUTING_KEY);
        assertThat(store.routingKeyForPaging("local")).isNull();

        store.remove("renamed");
        assertThat(Files.exists(dir.resolve("config/paging-keys/renamed.key"))).isFalse();
        assertThatThrownBy(() -> store.storeRoutingKey("renamed", ROUTING_KEY))
                .hasMessageStartingWith("no saved connection named 'renamed'");
    }

    @Test
    void somethingThatIsNotARoutingKeyIsRefusedWithoutEchoingIt() {
        ConnectionStore store = store();
        store.add(ConnectionProfile.embedded("local", dir.resolve("ws"), Environment.DEVELOPMENT));
        assertThatThrownBy(() -> store.storeRoutingKey("local", "two words"))
                .hasMessageStartingWith("that is not a routing key").hasMessageNotContaining("two words");
    }

    @Test
    void anOpenedConnectionWithARoutingKeyPagesOnDeclaration() throws Exception {
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        try (FakeEventsApi api = FakeEventsApi.start()) {
            ConnectionStore store = store();
            store.add(ConnectionProfile.embedded("local", dir.resolve("ws"), Environment.STAGING)
                    .withMonitoring(new Monitoring(null, api.endpoint())));
            store.storeRoutingKey("local", ROUTING_KEY);

            try (Connection connection = new ConnectionFactory(store).open("local")) {
                Incidents.Incident incident = connection.operations().openIncident(new Incidents.OpenRequest(
                        "down", Incidents.Severity.CRITICAL, null, null, null));

                assertThat(api.received()).singleElement().satisfies(sent -> {
                    assertThat(sent.get("dedup_key").asText()).isEqualTo(incident.id());
                    assertThat(sent.get("payload").get("source").asText())
                            .isEqualTo("cli-orchestrator local (staging)");
                });
                assertThat(connection.operations().incidentEvents(incident.id(), 0, Incidents.EventKind.PAGING)
                        .events()).singleElement().satisfies(e -> assertThat(e.payload())
                        .containsEntry("result", "sent"));
            }
        }
    }
}
