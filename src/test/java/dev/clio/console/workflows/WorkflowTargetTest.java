package dev.clio.console.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.Session;
import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions over a real embedded workspace; the remote one only lacks a local workspace, as a remote session does. */
class WorkflowTargetTest {

    @TempDir
    Path dir;

    private Path root;
    private Operations ops;
    private Session local;
    private Session remote;

    @BeforeEach
    void open() throws Exception {
        root = dir.resolve("ws");
        WorkspaceInitializer.initialize(root);
        ops = EmbeddedOperations.open(new Workspace(root));
        local = new Session("t", "development", "workspace", ops, new Workspace(root));
        remote = new Session("t", "production", "https://ops", ops, null);
    }

    @AfterEach
    void close() {
        ops.close();
    }

    @Test
    void aSavedFileInTheWorkspaceIsNamedRelativeToIt() {
        var location = new FileLocation.Local(root.resolve(".ai/workflows/HELLO.yaml"), ".ai/workflows/HELLO.yaml");
        assertThat(WorkflowTarget.of(location, false, local).fileOrNull()).isEqualTo(".ai/workflows/HELLO.yaml");
    }

    @Test
    void aServerWorkflowKeepsItsServerName() {
        assertThat(WorkflowTarget.of(new FileLocation.Server("HELLO.yaml"), false, remote).fileOrNull())
                .isEqualTo("HELLO.yaml");
    }

    @Test
    void unsavedUntitledOutsideOrLocalOnARemoteSessionHaveAReason() {
        var inside = new FileLocation.Local(root.resolve(".ai/workflows/A.yaml"), "A.yaml");
        assertThat(WorkflowTarget.of(inside, true, local).reasonOrNull()).startsWith("Save your changes first");
        assertThat(WorkflowTarget.of(null, false, local).reasonOrNull()).startsWith("Save the new workflow first");
        var outside = new FileLocation.Local(Path.of("/tmp/B.yaml"), "/tmp/B.yaml");
        assertThat(WorkflowTarget.of(outside, false, local).reasonOrNull()).contains("outside the connected workspace");
        assertThat(WorkflowTarget.of(inside, false, remote).reasonOrNull()).contains("can only run its own workflows");
        assertThat(WorkflowTarget.of(inside, false, null).present()).isFalse();
    }
}
