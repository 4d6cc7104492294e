package dev.clio.console.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.console.ServedWorkspace;
import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.engine.workflow.WorkflowValidator;
import dev.clio.ops.OpsException;
import dev.clio.security.Role;
import dev.clio.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view's files against a real server on loopback (over an embedded engine, wired as {@code serve} wires it) with
 * real API keys: the server's workflows listed with their validity, read and saved through the API; a viewer key
 * makes them read-only before anything is tried.
 */
class WorkflowsRemoteTest {

    @TempDir
    Path dir;

    private TestConsole console;
    private ServedWorkspace served;
    private WorkflowsViewModel vm;

    @BeforeEach
    void open() {
        console = TestConsole.embedded(dir, Runnable::run, new ManualClock(Instant.parse("2026-12-01T10:00:00Z")));
        served = new ServedWorkspace(console);
        var ctx = console.context();
        vm = new WorkflowsViewModel(ctx.sessions(), new EditorServices(ctx.scheduler(), ctx.io(), Runnable::run,
                WorkflowValidator.standard(), Duration.ofMillis(300)));
    }

    @AfterEach
    void close() {
        console.context().sessions().switchTo(null);
        served.close();
        console.close();
    }

    private Session remote(Role role) {
        return served.remote(role, "editor");
    }

    private FileEntry hello() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !vm.listings().isEmpty()
                && vm.listings().get(0).files().stream().anyMatch(f -> f.display().equals("HELLO.yaml")));
        return vm.listings().get(0).files().stream().filter(f -> f.display().equals("HELLO.yaml")).findFirst()
                .orElseThrow();
    }

    @Test
    void aViewerKeySeesTheServersWorkflowsReadOnly() throws Exception {
        console.context().sessions().switchTo(remote(Role.VIEWER));
        await().atMost(Duration.ofSeconds(10)).until(() -> WorkflowsViewModel.VIEWER_REASON
                .equals(vm.readOnlyReasonProperty().get()));
        FileEntry hello = hello();
        assertThat(hello.location()).isEqualTo(new FileLocation.Server(".ai/workflows/HELLO.yaml"));
        assertThat(hello.validity()).isEqualTo(FileEntry.Validity.VALID);
        WorkflowStore store = vm.storeOf(hello.location());
        assertThat(store).isInstanceOf(ServerStore.class);
        String text = store.read(hello.location());
        assertThat(text).isEqualTo(Files.readString(console.workspace().workflows().resolve("HELLO.yaml")));
        assertThatThrownBy(() -> store.save("HELLO.yaml", text + "# more\n")).isInstanceOf(OpsException.class)
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(OpsException.Kind.FORBIDDEN));
    }

    @Test
    void anOperatorSavesThroughTheApiAndTheServerRefusesAnInvalidText() throws Exception {
        console.context().sessions().switchTo(remote(Role.OPERATOR));
        FileEntry hello = hello();
        assertThat(vm.readOnlyReasonProperty().get()).isNull();
        WorkflowStore store = vm.storeOf(hello.location());
        String text = store.read(hello.location()).replace("Say hello", "Say hello remotely");
        assertThat(store.save(store.nameOf(hello.location()), text))
                .isEqualTo(new FileLocation.Server(".ai/workflows/HELLO.yaml"));
        assertThat(Files.readString(console.workspace().workflows().resolve("HELLO.yaml"))).isEqualTo(text);
        assertThatThrownBy(() -> store.save("HELLO.yaml", text.replace("\"shell\"", "\"shel\"")))
                .isInstanceOf(OpsException.class).hasMessageContaining("unknown-actor");
        assertThat(Files.readString(console.workspace().workflows().resolve("HELLO.yaml"))).isEqualTo(text);
    }
}
