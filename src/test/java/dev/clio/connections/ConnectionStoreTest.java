package dev.clio.connections;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.config.Environment;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionStoreTest {

    private static final String KEY = "clio_" + "k".repeat(43);

    @TempDir
    Path dir;

    private ConnectionStore store() {
        return new ConnectionStore(dir.resolve("config"));
    }

    private ConnectionProfile prod() {
        return ConnectionProfile.remote("prod-eu", URI.create("https://ops.example.com:8443"),
                dir.resolve("ca.pem"), Environment.PRODUCTION);
    }

    @Test
    void profilesSurviveAFreshStoreExactly() {
        ConnectionStore store = store();
        ConnectionProfile local = ConnectionProfile.embedded("yes", dir.resolve("ws"), Environment.DEVELOPMENT);
        ConnectionProfile staging = ConnectionProfile.remote("0123", URI.create("http://127.0.0.1:8080"), null,
                Environment.STAGING);
        store.add(local);
        store.add(prod());
        store.add(staging);
        store.markUsed("prod-eu");

        ConnectionStore again = store();
        assertThat(again.list()).extracting(SavedConnection::profile).containsExactly(local, prod(), staging);
        assertThat(again.lastUsed()).map(SavedConnection::name).hasValue("prod-eu");
        assertThat(again.get("prod-eu").lastUsed()).isTrue();
        assertThat(again.get("yes").lastUsed()).isFalse();
    }

    @Test
    void anUpdateCanRenameAndTakesTheKeyAndTheLastUsedMarkAlong() throws Exception {
        ConnectionStore store = store();
        store.add(prod());
        store.storeKey("prod-eu", KEY);
        store.markUsed("prod-eu");
        ConnectionProfile renamed = ConnectionProfile.remote("prod", URI.create("https://ops2.example.com"), null,
                Environment.PRODUCTION);
        store.update("prod-eu", renamed);

        assertThat(store.list()).singleElement().satisfies(s -> {
            assertThat(s.profile()).isEqualTo(renamed);
            assertThat(s.hasKey()).isTrue();
            assertThat(s.lastUsed()).isTrue();
        });
        assertThat(store.keyForOpening("prod")).isEqualTo(KEY);
        assertThat(store.keyForOpening("prod-eu")).isNull();
        assertThatThrownBy(() -> store.add(renamed)).isInstanceOf(ConnectionStoreException.class)
                .hasMessageContaining("'prod' is already saved");
    }

    @Test
    void theKeyLivesInAnOwnerOnlyFileAndNowhereElse() throws Exception {
        ConnectionStore store = store();
        store.add(prod());
        assertThat(store.get("prod-eu").hasKey()).isFalse();
        store.storeKey("prod-eu", "  " + KEY + "\n");

        Path keyFile = dir.resolve("config/keys/prod-eu.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
                .isEqualTo("rwx------");
        assertThat(store.get("prod-eu").hasKey()).isTrue();
        assertThat(store.keyForOpening("prod-eu")).isEqualTo(KEY);
        assertThat(Files.readString(store.file())).doesNotContain(KEY);
        assertThat(store.get("prod-eu").toString()).doesNotContain(KEY);

        store.remove("prod-eu");
        assertThat(keyFile).doesNotExist();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void somethingThatIsNotAKeyIsRefusedWithoutEchoingIt() {
        ConnectionStore store = store();
        store.add(prod());
        store.add(ConnectionProfile.embedded("local", dir, Environment.DEVELOPMENT));
        assertThatThrownBy(() -> store.storeKey("prod-eu", "clio_secret with spaces"))
                .hasMessageStartingWith("that is not an API key").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> store.storeKey("local", KEY)).hasMessageContaining("is embedded");
        assertThat(store.get("prod-eu").hasKey()).isFalse();
    }

    @Test
    void anUnknownNameListsTheSavedOnes() {
        ConnectionStore store = store();
        assertThatThrownBy(() -> store.get("x")).hasMessage("no saved connection named 'x'; add one with "
                + "'cli-orchestrator connections add'");
        store.add(prod());
        assertThatThrownBy(() -> store.get("x")).hasMessage("no saved connection named 'x'; saved: prod-eu");
    }

    @Test
    void aMalformedFileNamesFileAndLineAndIsNeverOverwritten() throws Exception {
        ConnectionStore store = store();
        store.add(prod());
        String broken = Files.readString(store.file()).replace("kind: remote", "kind: rmote");
        Files.writeString(store.file(), broken);

        assertThatThrownBy(store::list).isInstanceOf(ConnectionStoreException.class)
                .hasMessageStartingWith(store.file() + " line 6: kind 'rmote' is not known: use embedded or remote")
                .hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> store.add(ConnectionProfile.embedded("other", dir, Environment.DEVELOPMENT)))
                .hasMessageContaining("line 6");
        assertThat(Files.readString(store.file())).isEqualTo(broken);

        Path aside = store.setAsideMalformed().orElseThrow();
        assertThat(Files.readString(aside)).isEqualTo(broken);
        assertThat(store.list()).isEmpty();
        assertThat(store.setAsideMalformed()).isEmpty();
    }

    @Test
    void yamlSyntaxErrorsAndBadValuesNameTheirLine() throws Exception {
        Path file = dir.resolve("connections.yaml");
        assertThatThrownBy(() -> ConnectionsFile.parse(file, "connections:\n  - name: a\n   kind: [\n"))
                .hasMessageStartingWith(file + " line 3: not valid YAML");
        assertThatThrownBy(() -> ConnectionsFile.parse(file, "connections:\n  - name: a\n    kind: remote\n"
                + "    url: ftp://x\n")).hasMessage(file + " line 2: 'ftp://x' is not an http(s) URL, e.g. "
                + "https://ops.example.com:8080");
        assertThatThrownBy(() -> ConnectionsFile.parse(file, "connections:\n  - name: a\n    kind: embedded\n"
                + "    workspace: /w\n    enviroment: production\n"))
                .hasMessageStartingWith(file + " line 5: unknown key 'enviroment'");
        assertThatThrownBy(() -> ConnectionsFile.parse(file, "version: 2\n"))
                .hasMessageStartingWith(file + " line 1: version 2 is not supported");
    }

    @Test
    void aPrometheusUrlIsSavedReadBackAndCheckedWithItsLine() throws Exception {
        ConnectionProfile withPrometheus = prod().withPrometheus(URI.create("http://prometheus.example.com:9090"));
        store().add(withPrometheus);
        assertThat(Files.readString(dir.resolve("config/connections.yaml")))
                .contains("    prometheus_url: \"http://prometheus.example.com:9090\"\n");
        assertThat(store().get("prod-eu").profile()).isEqualTo(withPrometheus);
        assertThat(store().get("prod-eu").profile().prometheusUrlOrNull())
                .isEqualTo(URI.create("http://prometheus.example.com:9090"));

        Path file = dir.resolve("connections.yaml");
        assertThatThrownBy(() -> ConnectionsFile.parse(file, "connections:\n  - name: a\n    kind: embedded\n"
                + "    workspace: /w\n    prometheus_url: http://p:9090/api/v1/query\n"))
                .hasMessage(file + " line 2: Prometheus URL 'http://p:9090/api/v1/query' must be Prometheus's base "
                        + "URL, without /api/v1 or a query, e.g. http://prometheus.example.com:9090");
        assertThatThrownBy(() -> ConnectionsFile.parse(file, "connections:\n  - name: a\n    kind: embedded\n"
                + "    workspace: /w\n    prometheus_url: prometheus:9090\n"))
                .hasMessageContaining("line 2: Prometheus URL 'prometheus:9090' is not an http(s) URL");
        assertThat(ConnectionsFile.parse(file, "connections:\n  - name: a\n    kind: embedded\n"
                + "    workspace: /w\n").profiles().get(0).prometheusUrlOrNull()).isNull();
    }

    @Test
    void everyChangeKeepsThePreviousFileAsABackup() throws Exception {
        ConnectionStore store = new ConnectionStore(dir.resolve("config"), new ManualClock(Instant.EPOCH));
        store.add(prod());
        String first = Files.readString(store.file());
        store.add(ConnectionProfile.embedded("local", dir, Environment.DEVELOPMENT));
        assertThat(Files.readString(dir.resolve("config/connections.yaml.bak"))).isEqualTo(first);
        assertThat(dir.resolve("config")).isDirectoryNotContaining("glob:**.tmp");
    }
}
