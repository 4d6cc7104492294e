package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.cli.MainTest.Captured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path tmp;

    @Test
    void createsAWorkspaceAndSaysWhatItCreated() {
        Path ws = tmp.resolve("ws");
        Captured run = Captured.run("init", ws.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Workspace " + ws + "\n")
                .contains("  created  ./\n", "  created  .ai/workflows/\n", "  created  security/\n",
                        "  created  .ai/workflows/HELLO.yaml\n", "  created  .ai/schemas/workflow.schema.json\n")
                .doesNotContain("kept  ")
                .endsWith(" created, 0 kept.\n");
        assertThat(ws.resolve(".ai/workflows/HEALTH_CHECK.yaml")).isRegularFile();
        assertThat(ws.resolve("cache")).isDirectory();
    }

    @Test
    void aSecondRunKeepsEveryFileUnchanged() throws IOException {
        Path ws = tmp.resolve("ws");
        assertThat(Captured.run("init", ws.toString()).code()).isZero();
        Files.writeString(ws.resolve(".ai/workflows/HELLO.yaml"), "name: my own hello\n");
        Map<Path, String> before = snapshot(ws);

        Captured again = Captured.run("init", ws.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).doesNotContain("created  ").contains("  kept     .ai/workflows/HELLO.yaml\n")
                .endsWith("0 created, " + before.size() + " kept.\n");
        assertThat(snapshot(ws)).isEqualTo(before);
    }

    @Test
    void aRegularFileAsTargetIsOneLineAndExitCodeTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        Captured run = Captured.run("init", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: cannot create a workspace in " + file
                + ": it is a file, not a directory; choose another directory\n");
    }

    @Test
    void aFileInsideTheTargetPathIsOneLineAndExitCodeTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        Captured run = Captured.run("init", file.resolve("ws").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).isEqualTo("error: " + file + ": a file is in the way\n");
    }

    @Test
    void twoDirectoriesAreAUsageError() {
        Captured run = Captured.run("init", tmp.resolve("a").toString(), tmp.resolve("b").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: Unmatched argument");
        assertThat(tmp.resolve("a")).doesNotExist();
    }

    @Test
    void helpListsInit() {
        assertThat(Captured.run("--help").out()).contains("init");
        assertThat(Captured.run("init", "--help").out()).startsWith("Usage: cli-orchestrator init ")
                .contains("[DIR]", "never changed");
    }

    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String content = Files.isRegularFile(p) ? Files.readString(p) : "dir";
                state.put(p, content + "|" + Files.getLastModifiedTime(p));
            }
        }
        return state;
    }
}
