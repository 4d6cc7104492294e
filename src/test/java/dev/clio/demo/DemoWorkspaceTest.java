package dev.clio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.clio.ops.OpsException;
import dev.clio.workspace.DataDirectory;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstRunCreatesTheWorkspaceWithTheSamplesAndMarksItAsTheDemo() {
        Workspace ws = DemoWorkspace.ensure(tmp.resolve("data/cli-orchestrator/demo"));

        assertThat(ws.workflows().resolve("BUDGET_OVERRUN.yaml")).isRegularFile();
        assertThat(ws.schemas().resolve("workflow.schema.json")).isRegularFile();
        assertThat(ws.security()).isDirectory();
        assertThat(DemoWorkspace.isDemo(ws)).isTrue();
    }

    @Test
    void laterRunsUseTheWorkspaceAsItIsAndNeverOverwriteOrRestoreAnything() throws IOException {
        Workspace ws = DemoWorkspace.ensure(tmp.resolve("demo"));
        Files.writeString(ws.workflows().resolve("HELLO.yaml"), "name: my own hello\n");
        Files.delete(ws.workflows().resolve("SLOW_STEPS.yaml"));
        Map<Path, String> before = snapshot(ws.root());

        Workspace again = DemoWorkspace.ensure(tmp.resolve("demo"));

        assertThat(again).isEqualTo(ws);
        assertThat(snapshot(ws.root())).isEqualTo(before);
    }

    @Test
    void aWorkspaceItDidNotCreateIsNotMarkedAsTheDemo() throws IOException {
        Path mine = WorkspaceInitializer.initialize(tmp.resolve("mine")).workspace().root();
        Map<Path, String> before = snapshot(mine);

        Workspace ws = DemoWorkspace.ensure(mine);

        assertThat(DemoWorkspace.isDemo(ws)).isFalse();
        assertThat(snapshot(mine)).isEqualTo(before);
    }

    @Test
    void aFileInTheWayIsOneActionableSentence() throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "not a directory");
        assertThatThrownBy(() -> DemoWorkspace.ensure(file.resolve("cli-orchestrator/demo")))
                .isInstanceOf(OpsException.class)
                .hasMessageStartingWith("Cannot create the demo workspace: ")
                .hasMessageEndingWith("(CLIO_DATA_DIR sets where it is kept)");
    }

    @Test
    void anUnwritableWorkspaceIsRefusedWithWhatToDo() throws IOException {
        Workspace ws = DemoWorkspace.ensure(tmp.resolve("demo"));
        Files.setPosixFilePermissions(ws.root(), PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(ws.root()), "permissions do not bind this user (root)");
            assertThatThrownBy(() -> DemoWorkspace.ensure(ws.root())).isInstanceOf(OpsException.class)
                    .hasMessage("The demo workspace " + ws.root() + " is not writable: make it writable, or set "
                            + "CLIO_DATA_DIR to keep the demo workspace elsewhere");
        } finally {
            Files.setPosixFilePermissions(ws.root(), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theDirectoryFollowsTheOverrideProperty() {
        String before = System.getProperty(DataDirectory.OVERRIDE_PROPERTY);
        System.setProperty(DataDirectory.OVERRIDE_PROPERTY, tmp.resolve("data").toString());
        try {
            assertThat(DemoWorkspace.directory()).isEqualTo(tmp.resolve("data/cli-orchestrator/demo"));
            assertThat(DemoWorkspace.isDemo(new Workspace(tmp.resolve("data/cli-orchestrator/demo")))).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty(DataDirectory.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(DataDirectory.OVERRIDE_PROPERTY, before);
            }
        }
    }

    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                files.put(root.relativize(p), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return files;
    }
}
