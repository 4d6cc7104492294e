package dev.clio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacesTest {

    @TempDir
    Path tmp;

    @Test
    void anExplicitDirectoryWinsAndIsResolvedAgainstTheWorkingDirectory() throws IOException {
        Files.createDirectories(tmp.resolve("cwd/.ai"));
        Workspace ws = Workspaces.resolve(tmp.resolve("cwd"), Path.of("../other"), Map.of(), tmp.resolve("home"));
        assertThat(ws.root()).isEqualTo(tmp.resolve("other"));
        assertThat(tmp.resolve("home")).doesNotExist();
    }

    @Test
    void theWorkingDirectoryIsUsedWhenItIsAWorkspace() throws IOException {
        Files.createDirectories(tmp.resolve("cwd/.ai"));
        Workspace ws = Workspaces.resolve(tmp.resolve("cwd"), null, Map.of(), tmp.resolve("home"));
        assertThat(ws.root()).isEqualTo(tmp.resolve("cwd"));
        assertThat(tmp.resolve("home")).doesNotExist();
    }

    @Test
    void otherwiseTheDemoWorkspaceIsCreatedOnceUnderXdgDataHome() throws IOException {
        Files.createDirectories(tmp.resolve("cwd"));
        Map<String, String> env = Map.of("XDG_DATA_HOME", tmp.resolve("data").toString());

        Workspace ws = Workspaces.resolve(tmp.resolve("cwd"), null, env, tmp.resolve("home"));

        assertThat(ws.root()).isEqualTo(tmp.resolve("data/cli-orchestrator/demo"));
        assertThat(ws.workflows().resolve("HELLO.yaml")).isRegularFile();
        Files.writeString(ws.workflows().resolve("HELLO.yaml"), "name: edited\n");
        Workspaces.resolve(tmp.resolve("cwd"), null, env, tmp.resolve("home"));
        assertThat(ws.workflows().resolve("HELLO.yaml")).hasContent("name: edited");
        assertThat(tmp.resolve("cwd")).isEmptyDirectory();
    }

    @Test
    void theDemoFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        Path home = tmp.resolve("home");
        Path expected = home.resolve(".local/share/cli-orchestrator/demo");
        assertThat(Workspaces.demoDirectory(Map.of(), home)).isEqualTo(expected);
        assertThat(Workspaces.demoDirectory(Map.of("XDG_DATA_HOME", "relative/data"), home)).isEqualTo(expected);
        assertThat(Workspaces.demoDirectory(Map.of("XDG_DATA_HOME", ""), home)).isEqualTo(expected);
    }

    @Test
    void aDirectoryIsAWorkspaceOnlyWithAnAiDirectory() throws IOException {
        assertThat(Workspaces.isWorkspace(tmp)).isFalse();
        Files.writeString(tmp.resolve(".ai"), "a file");
        assertThat(Workspaces.isWorkspace(tmp)).isFalse();
    }
}
