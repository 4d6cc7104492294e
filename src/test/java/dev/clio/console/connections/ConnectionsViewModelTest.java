package dev.clio.console.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.config.Environment;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.SessionOpener;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection manager's state over a real store in a temporary directory; IO runs inline. */
class ConnectionsViewModelTest {

    private static final String KEY = "clio_" + "k".repeat(43);

    @TempDir
    Path dir;

    private ConnectionStore store;
    private SessionHolder sessions;
    private ConnectionsViewModel vm;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = new ConnectionStore(dir.resolve("config"));
        sessions = new SessionHolder(Runnable::run);
        vm = new ConnectionsViewModel(new SessionOpener(store), sessions, Runnable::run, Runnable::run,
                problems::add);
        vm.show();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    private void fillRemote(String name, String url) {
        vm.add();
        ConnectionEditor e = vm.editor();
        e.nameProperty().set(name);
        e.kindProperty().set(ConnectionEditor.Kind.REMOTE);
        e.urlProperty().set(url);
        e.environmentProperty().set(Environment.PRODUCTION);
    }

    private ConnectionRow row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDemoWorkspaceIsAlwaysOfferedAndCannotBeEditedOrRemoved() {
        assertThat(vm.rows()).extracting(ConnectionRow::name).containsExactly("demo");
        ConnectionRow demo = vm.rows().get(0);
        assertThat(demo.builtIn()).isTrue();
        assertThat(demo.usageText()).isEqualTo("built in");
        vm.edit(demo);
        assertThat(vm.editor().editingProperty().get()).isFalse();
        vm.remove(demo);
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void aRemoteConnectionIsSavedWithItsKeyButTheKeyIsNeverShownAgain() throws IOException {
        fillRemote("prod-eu", "https://ops.example.com:8443");
        vm.editor().keyProperty().set(KEY);
        vm.save();

        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.editor().editingProperty().get()).isFalse();
        assertThat(vm.editor().keyProperty().get()).isEmpty();
        ConnectionRow saved = row("prod-eu");
        assertThat(saved.kind()).isEqualTo("remote server");
        assertThat(saved.location()).isEqualTo("https://ops.example.com:8443");
        assertThat(saved.environment()).isEqualTo("production");
        assertThat(saved.keyText()).isEqualTo("key saved");
        assertThat(saved.toString()).doesNotContain(KEY);
        assertThat(store.keyForOpening("prod-eu")).isEqualTo(KEY);
        assertThat(Files.readString(store.file())).doesNotContain(KEY);

        vm.edit(saved);
        assertThat(vm.editor().keyProperty().get()).isEmpty();
        assertThat(vm.editor().keyPromptProperty().get()).isEqualTo("key saved - enter a new one to replace");
        assertThat(vm.editor().urlProperty().get()).isEqualTo("https://ops.example.com:8443");
    }

    @Test
    void editingRenamesKeepsTheKeyAndAnEmptyKeyFieldLeavesItAlone() {
        fillRemote("prod-eu", "https://ops.example.com:8443");
        vm.editor().keyProperty().set(KEY);
        vm.save();
        vm.edit(row("prod-eu"));
        vm.editor().nameProperty().set("prod-west");
        vm.editor().environmentProperty().set(Environment.STAGING);
        vm.save();

        assertThat(vm.rows()).extracting(ConnectionRow::name).containsExactly("prod-west", "demo");
        assertThat(row("prod-west").environment()).isEqualTo("staging");
        assertThat(store.keyForOpening("prod-west")).isEqualTo(KEY);

        vm.edit(row("prod-west"));
        vm.editor().keyProperty().set("clio_" + "n".repeat(43));
        vm.save();
        assertThat(store.keyForOpening("prod-west")).isEqualTo("clio_" + "n".repeat(43));
    }

    @Test
    void aPrometheusUrlIsSavedKeptWhenEditingAndABadOneIsASentence() {
        fillRemote("prod-eu", "https://ops.example.com:8443");
        vm.editor().prometheusUrlProperty().set("http://prometheus:9090/api/v1/query");
        vm.save();
        assertThat(vm.editor().prometheusErrorProperty().get()).startsWith("Prometheus URL "
                + "'http://prometheus:9090/api/v1/query' must be Prometheus's base URL").endsWith(".");
        assertThat(store.list()).extracting(s -> s.name()).doesNotContain("prod-eu");

        vm.editor().prometheusUrlProperty().set(" http://prometheus:9090 ");
        vm.save();
        assertThat(store.get("prod-eu").profile().prometheusUrlOrNull()).hasToString("http://prometheus:9090");

        vm.edit(row("prod-eu"));
        assertThat(vm.editor().prometheusUrlProperty().get()).isEqualTo("http://prometheus:9090");
        vm.editor().environmentProperty().set(Environment.STAGING);
        vm.save();
        assertThat(store.get("prod-eu").profile().prometheusUrlOrNull()).as("kept through an edit")
                .hasToString("http://prometheus:9090");

        vm.edit(row("prod-eu"));
        vm.editor().prometheusUrlProperty().set("");
        vm.save();
        assertThat(store.get("prod-eu").profile().prometheusUrlOrNull()).isNull();
    }

    @Test
    void theAlertmanagerUrlIsEditedAndThePagingSettingsSurviveAnEdit() {
        fillRemote("prod-eu", "https://ops.example.com:8443");
        vm.editor().keyProperty().set(KEY);
        vm.save();
        store.update("prod-eu", store.get("prod-eu").profile().withMonitoring(new dev.clio.connections.Monitoring(
                null, java.net.URI.create("https://events.example.com/v2/enqueue"))));
        store.storeRoutingKey("prod-eu", "R0UT1NGKEY0123456789abcdefABCDEF");

        vm.edit(row("prod-eu"));
        vm.editor().alertmanagerUrlProperty().set("am.example.com:9093");
        vm.save();
        assertThat(vm.editor().alertmanagerErrorProperty().get()).isEqualTo("Alertmanager URL 'am.example.com:9093' "
                + "is not an http(s) URL, e.g. http://alertmanager.example.com:9093.");
        assertThat(store.get("prod-eu").profile().monitoring().alertmanagerUrlOrNull()).isNull();

        vm.editor().alertmanagerUrlProperty().set("http://am.example.com:9093");
        vm.editor().nameProperty().set("prod-west");
        vm.save();

        dev.clio.connections.Monitoring saved = store.get("prod-west").profile().monitoring();
        assertThat(saved.alertmanagerUrlOrNull()).hasToString("http://am.example.com:9093");
        assertThat(saved.pagingEndpointOrNull()).hasToString("https://events.example.com/v2/enqueue");
        assertThat(store.routingKeyForPaging("prod-west")).isEqualTo("R0UT1NGKEY0123456789abcdefABCDEF");
        vm.edit(row("prod-west"));
        assertThat(vm.editor().alertmanagerUrlProperty().get()).isEqualTo("http://am.example.com:9093");
    }

    @Test
    void removingDeletesTheConnectionAndItsKey() {
        fillRemote("prod-eu", "https://ops.example.com:8443");
        vm.editor().keyProperty().set(KEY);
        vm.save();
        vm.remove(row("prod-eu"));
        assertThat(vm.rows()).extracting(ConnectionRow::name).containsExactly("demo");
        assertThat(store.list()).isEmpty();
        assertThat(store.keyForOpening("prod-eu")).isNull();
    }

    @Test
    void wrongFieldsGetASentenceEachAndNothingIsSaved() {
        fillRemote("prod eu", "ftp://ops.example.com");
        vm.editor().caCertificateProperty().set(dir.resolve("missing.pem").toString());
        vm.editor().keyProperty().set("clio_abc def");
        vm.save();

        ConnectionEditor e = vm.editor();
        assertThat(e.nameErrorProperty().get()).startsWith("Connection name 'prod eu' is not valid: use 1 to 64")
                .endsWith(".");
        assertThat(e.caErrorProperty().get()).startsWith("The CA certificate ").contains("is not a readable file");
        assertThat(e.keyErrorProperty().get()).startsWith("That is not an API key").doesNotContain("abc");
        assertThat(e.editingProperty().get()).isTrue();
        assertThat(store.list()).isEmpty();

        e.caCertificateProperty().set("");
        e.nameProperty().set("prod-eu");
        e.keyProperty().set("");
        vm.save();
        assertThat(e.urlErrorProperty().get()).isEqualTo("'ftp://ops.example.com' is not an http(s) URL, e.g. "
                + "https://ops.example.com:8443.");
        assertThat(e.nameErrorProperty().get()).isEmpty();
        e.urlProperty().set("");
        vm.save();
        assertThat(e.urlErrorProperty().get()).startsWith("Enter the server's API URL");
    }

    @Test
    void anEmbeddedConnectionNeedsAWorkspaceDirectory() throws IOException {
        vm.add();
        ConnectionEditor e = vm.editor();
        e.nameProperty().set("local");
        e.kindProperty().set(ConnectionEditor.Kind.EMBEDDED);
        vm.save();
        assertThat(e.workspaceErrorProperty().get()).startsWith("Choose the workspace directory");
        e.workspaceProperty().set("relative/ws");
        vm.save();
        assertThat(e.workspaceErrorProperty().get()).startsWith("Give the workspace as an absolute directory");
        Path plain = Files.createDirectories(dir.resolve("plain"));
        e.workspaceProperty().set(plain.toString());
        vm.save();
        assertThat(e.workspaceErrorProperty().get()).isEqualTo(plain + " is not a workspace (it has no .ai/ "
                + "directory); create it with 'cli-orchestrator init " + plain + "'.");

        Path ws = WorkspaceInitializer.initialize(dir.resolve("ws")).workspace().root();
        e.workspaceProperty().set(ws.toString());
        e.keyProperty().set(KEY);
        vm.save();
        assertThat(row("local").kind()).isEqualTo("embedded workspace");
        assertThat(row("local").keyText()).isEmpty();
        assertThat(store.keyForOpening("local")).isNull();
    }

    @Test
    void aDuplicateNameIsASentenceAndTheFormStaysOpen() {
        fillRemote("prod-eu", "https://ops.example.com:8443");
        vm.save();
        fillRemote("prod-eu", "https://other.example.com");
        vm.save();
        assertThat(vm.messageProperty().get()).contains("a connection named 'prod-eu' is already saved");
        assertThat(vm.rows()).extracting(ConnectionRow::location).contains("https://ops.example.com:8443");
    }

    @Test
    void connectingSwitchesTheSessionAndRemembersTheConnectionAsLastUsed() throws IOException {
        Path ws = WorkspaceInitializer.initialize(dir.resolve("ws")).workspace().root();
        store.add(ConnectionProfile.embedded("local", ws, Environment.STAGING));
        vm.reload();

        vm.connect(row("local"));

        assertThat(sessions.current().name()).isEqualTo("local");
        assertThat(sessions.current().environment()).isEqualTo("staging");
        assertThat(sessions.current().target()).isEqualTo("workspace " + ws);
        assertThat(store.lastUsed()).map(s -> s.name()).contains("local");
        assertThat(row("local").usageText()).isEqualTo("last used");
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.openingProperty().get()).isNull();
    }

    @Test
    void aConnectionThatCannotOpenIsASentenceAndTheSessionStays() throws IOException {
        Path ws = WorkspaceInitializer.initialize(dir.resolve("ws")).workspace().root();
        store.add(ConnectionProfile.embedded("gone", ws, Environment.DEVELOPMENT));
        vm.reload();
        try (Stream<Path> files = Files.walk(ws)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        vm.connect(row("gone"));

        assertThat(sessions.current()).isNull();
        assertThat(vm.messageProperty().get()).startsWith("Could not open gone: workspace " + ws
                + " is not a workspace");
        assertThat(problems).containsExactly(vm.messageProperty().get());
        assertThat(vm.openProperty().get()).isTrue();
    }
}
