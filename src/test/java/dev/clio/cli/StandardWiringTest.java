package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.workspace.WorkspaceInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production wiring: {@code EmbeddedOperations.open} behind --workspace, and no terminal under a test runner. */
class StandardWiringTest {

    @TempDir
    Path temp;

    @Test
    void theStandardCommandLineOpensTheWorkspacesEngine() throws Exception {
        Path ws = WorkspaceInitializer.initialize(temp.resolve("ws")).workspace().root();
        MainTest.Captured run = MainTest.Captured.run("db", "status", "--workspace", ws.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("SQLite " + ws.resolve("orchestrator.db"));
        assertThat(ws.resolve("orchestrator.db")).exists();
    }

    @Test
    void withoutATerminalTheStandardConfirmerRefuses() throws Exception {
        Path ws = WorkspaceInitializer.initialize(temp.resolve("ws")).workspace().root();
        Path tmp = Files.writeString(ws.resolve("artifacts/x.tmp"), "partial");
        assertThat(new TerminalConfirmer().interactive()).isFalse();
        MainTest.Captured run = MainTest.Captured.run("artifacts", "clean", "--workspace", ws.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains("refused: artifacts.clean needs --yes or an interactive confirmation");
        assertThat(tmp).exists();
    }
}
