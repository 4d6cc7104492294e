package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.cli.MainTest.Captured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoadCommandTest {

    private static final Pattern FINAL = Pattern.compile("executions (\\d+) started");

    @TempDir
    Path tmp;

    @Test
    void runsForTheDurationPrintingASummaryLineAtEachIntervalAndLeavesNoThreads() {
        Path ws = tmp.resolve("demo");
        Captured run = Captured.run("demo-load", "--workspace", ws.toString(), "--duration", "3s", "--rate", "10",
                "--workflow-every", "1s", "--summary-every", "1s");

        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("demo load on http://127.0.0.1:").endsWith("(workspace " + ws
                + ") for 3s; Ctrl+C to stop");
        assertThat(lines.subList(1, lines.size())).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(l -> assertThat(l).startsWith("demo load 0m0").contains(" requests (", " ok, "));
        Matcher last = FINAL.matcher(lines.get(lines.size() - 1));
        assertThat(last.find()).isTrue();
        assertThat(Integer.parseInt(last.group(1))).isPositive();
        assertThat(ws.resolve(".ai/workflows/HELLO.yaml")).as("the workspace was created").isRegularFile();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && t.getName().startsWith("demo-load"));
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        Captured rate = Captured.run("demo-load", "--workspace", tmp.toString(), "--rate", "0");
        assertThat(rate.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(rate.err()).startsWith("error: demo load rate 0.0 requests/s is outside 0.1 to 50; e.g. --rate 2")
                .doesNotContain("Exception");

        Captured duration = Captured.run("demo-load", "--workspace", tmp.toString(), "--duration", "soon");
        assertThat(duration.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(duration.err()).startsWith("error: --duration: 'soon' is not a duration");
    }

    @Test
    void aWorkspacePathTakenByAFileIsOneClearLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Captured run = Captured.run("demo-load", "--workspace", file.toString(), "--duration", "1s");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).isEqualTo("error: Cannot create the demo workspace: cannot create a workspace in "
                + file + ": it is a file, not a directory; choose another directory (CLIO_DATA_DIR sets where it is "
                + "kept)\n");
    }
}
