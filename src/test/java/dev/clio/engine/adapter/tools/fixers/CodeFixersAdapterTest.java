package dev.clio.engine.adapter.tools.fixers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.Steps;
import dev.clio.engine.adapter.TestStepContext;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.tools.ToolBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ruff, black and isort are not installed here: their absence is what can be tested end to end. */
class CodeFixersAdapterTest {

    private static final ToolBox TOOLS = ToolBox.system();

    @TempDir
    Path workspace;

    private void assumeNoFixers() {
        for (String tool : List.of("ruff", "black", "isort")) {
            assumeFalse(TOOLS.probe(tool).availability().available(), tool + " is installed here");
        }
    }

    private AdapterResult run(Map<String, Object> with) throws InterruptedException {
        return new CodeFixersAdapter(TOOLS).execute(Steps.request("code_fixers", with), new TestStepContext(workspace));
    }

    @Test
    void unavailableWithoutAnyFixer() throws Exception {
        assumeNoFixers();
        Files.writeString(workspace.resolve("a.py"), "import os\n");
        assertThat(new CodeFixersAdapter(TOOLS).availability().reason())
                .isEqualTo("none of ruff, black, isort found on PATH");
        assertThat(run(Map.of()).error())
                .isEqualTo("adapter not available: code_fixers (none of ruff, black, isort found on PATH)");
    }

    @Test
    void anExplicitlyRequestedMissingToolFailsTheStep() throws Exception {
        assumeNoFixers();
        Files.writeString(workspace.resolve("a.py"), "import os\n");
        assertThat(run(Map.of("tools", List.of("black"))).error()).isEqualTo("black not found on PATH");
        assertThat(run(Map.of("tools", List.of("yapf"))).error()).isEqualTo("unknown fixer: yapf (known: ruff, "
                + "black, isort)");
    }

    @Test
    void snapshotFindsChangedFilesAndDiffsThem() throws Exception {
        Files.createDirectories(workspace.resolve("src"));
        Files.writeString(workspace.resolve("src/a.py"), "import os,sys\nx=1\n");
        Files.writeString(workspace.resolve("src/b.py"), "y = 2\n");
        FileSnapshot snapshot = new FileSnapshot(workspace, List.of("src/a.py", "src/b.py"));
        Files.writeString(workspace.resolve("src/a.py"), "import os\nimport sys\n\nx = 1\n");
        assertThat(snapshot.changed()).containsExactly("src/a.py");
        String diff = snapshot.diff(snapshot.changed(), new ProcessRunner(workspace));
        assertThat(diff).startsWith("diff --git a/src/a.py b/src/a.py\n--- a/src/a.py\n+++ b/src/a.py\n@@ ")
                .contains("-import os,sys\n").contains("+import sys\n").contains("+x = 1\n");
    }

    @Test
    void fixCountsAreReadFromEachToolsOutput() {
        var ruff = new dev.clio.engine.adapter.process.ProcessResult(1, "Found 7 errors (5 fixed, 2 remaining).\n",
                "", false, false, java.time.Duration.ZERO);
        var black = new dev.clio.engine.adapter.process.ProcessResult(0, "", "reformatted src/a.py\nreformatted "
                + "src/b.py\nAll done!\n", false, false, java.time.Duration.ZERO);
        var isort = new dev.clio.engine.adapter.process.ProcessResult(0, "Fixing /w/src/a.py\n", "", false, false,
                java.time.Duration.ZERO);
        assertThat(Fixer.RUFF.fixes(ruff)).isEqualTo(5);
        assertThat(Fixer.BLACK.fixes(black)).isEqualTo(2);
        assertThat(Fixer.ISORT.fixes(isort)).isEqualTo(1);
        assertThat(Fixer.RUFF.failed(1, true)).isFalse();
        assertThat(Fixer.BLACK.failed(123, true)).isTrue();
    }
}
