package dev.clio.engine.adapter.tools.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.Steps;
import dev.clio.engine.adapter.TestStepContext;
import dev.clio.engine.adapter.tools.ToolBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Against the real mypy (Debian package {@code mypy}). */
@Timeout(60)
class MypyAndDiagnosticsTest {

    private static final ToolBox TOOLS = ToolBox.system();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T07:08:09Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private void write(String path, String content) throws IOException {
        Files.createDirectories(workspace.resolve(path).getParent());
        Files.writeString(workspace.resolve(path), content);
    }

    private AdapterResult run(dev.clio.engine.adapter.Adapter adapter, Map<String, Object> with, String... emits)
            throws InterruptedException {
        return adapter.execute(Steps.request(adapter.name(), with, List.of(), List.of(emits)),
                new TestStepContext(workspace, CLOCK));
    }

    private JsonNode json(String path) throws IOException {
        return new ObjectMapper().readTree(workspace.resolve(path).toFile());
    }

    @Test
    void mypyIsAvailableWithItsVersion() {
        assertThat(CheckerAdapter.mypy(TOOLS).availability().available()).isTrue();
        assertThat(CheckerAdapter.mypy(TOOLS).availability().version()).matches("\\d+\\.\\d+(\\.\\d+)?");
    }

    @Test
    void mypyCheckerFindsATypeErrorAndFails() throws Exception {
        write("src/app.py", "def f() -> int:\n    return \"x\"\n");
        write("src/ok.py", "def g(x: int) -> int:\n    return x + 1\n");
        AdapterResult r = run(CheckerAdapter.mypy(TOOLS), Map.of("files", "src/**/*.py"));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).isEqualTo("mypy found 1 error in 1 file (first: src/app.py:2: Incompatible return "
                + "value type (got \"str\", expected \"int\"))");
        JsonNode report = json("artifacts/mypy.json");
        JsonNode issue = report.get("issues").get(0);
        assertThat(issue.get("file").asText()).isEqualTo("src/app.py");
        assertThat(issue.get("line").asInt()).isEqualTo(2);
        assertThat(issue.get("column").asInt()).isEqualTo(12);
        assertThat(issue.get("code").asText()).isEqualTo("return-value");
        assertThat(issue.get("kind").asText()).isEqualTo("type");
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        assertThat(report.get("files_analyzed").get("python").toString()).isEqualTo("[\"src/app.py\",\"src/ok.py\"]");
    }

    @Test
    void mypyCheckerPassesCleanCode() throws Exception {
        write("app.py", "def g(x: int) -> int:\n    return x + 1\n");
        AdapterResult r = run(CheckerAdapter.mypy(TOOLS), Map.of("strict", true), "artifacts/types.json");
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.artifacts()).containsExactly("artifacts/types.json");
        assertThat(json("artifacts/types.json").get("summary").get("total_issues").asInt()).isZero();
    }

    @Test
    void diagnosticsReportIssuesWithKindsWithoutFailing() throws Exception {
        write("app.py", "import nonexistent_mod_xyz\n\ndef f() -> int:\n    return \"x\"\n");
        AdapterResult r = run(new VscodeDiagnosticsAdapter(TOOLS), Map.of("analyzers", List.of("mypy")),
                "artifacts/diagnostics.json");
        assertThat(r.success()).as(r.error()).isTrue();
        JsonNode report = json("artifacts/diagnostics.json");
        assertThat(report.get("adapter").asText()).isEqualTo("vscode_diagnostics");
        assertThat(report.get("timestamp").asText()).isEqualTo("2026-05-06T07:08:09Z");
        assertThat(report.get("analyzers").get(0).asText()).isEqualTo("mypy");
        assertThat(report.get("issues").findValuesAsText("kind")).contains("import", "type");
        assertThat(report.get("summary").get("by_severity").get("error").asInt()).isEqualTo(2);
        assertThat(report.get("summary").get("by_kind").get("import").asInt()).isEqualTo(1);
        assertThat(report.get("results").get("mypy").get("exit_code").asInt()).isEqualTo(1);
        assertThat(r.metadata()).containsEntry("errors", 2L);
    }

    @Test
    void minSeverityDropsNotes() throws Exception {
        write("app.py", "import nonexistent_mod_xyz\n");
        AdapterResult all = run(new VscodeDiagnosticsAdapter(TOOLS), Map.of("analyzers", List.of("mypy")));
        AdapterResult errors = run(new VscodeDiagnosticsAdapter(TOOLS), Map.of("analyzers", List.of("mypy"),
                "min_severity", "error"));
        assertThat((int) all.metadata().get("total_issues")).isGreaterThan((int) errors.metadata().get("total_issues"));
        assertThat(errors.metadata()).containsEntry("total_issues", 1);
    }

    @Test
    void pythonMeansTheInstalledPythonAnalyzers() throws Exception {
        write("app.py", "x: int = 1\n");
        AdapterResult r = run(new VscodeDiagnosticsAdapter(TOOLS), Map.of(), "artifacts/d.json");
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(json("artifacts/d.json").get("analyzers").toString()).contains("\"mypy\"");
    }

    @Test
    void aRequestedAnalyzerThatIsMissingFailsTheStep() throws Exception {
        assumeFalse(TOOLS.probe("ruff").availability().available(), "ruff is installed here");
        write("app.py", "x = 1\n");
        AdapterResult r = run(new VscodeDiagnosticsAdapter(TOOLS), Map.of("analyzers", List.of("ruff", "mypy")));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).isEqualTo("ruff not found on PATH");
        assertThat(run(new VscodeDiagnosticsAdapter(TOOLS), Map.of("analyzers", List.of("cppcheck"))).error())
                .isEqualTo("unknown analyzer: cppcheck (known: python, ruff, mypy, pylint, eslint)");
    }

    @Test
    void absentToolsAreUnavailableWithTheReason() {
        for (String tool : List.of("ruff", "pylint", "eslint")) {
            assumeFalse(TOOLS.probe(tool).availability().available(), tool + " is installed here");
        }
        assertThat(CheckerAdapter.ruff(TOOLS).availability().reason()).isEqualTo("ruff not found on PATH");
        ToolBox none = new ToolBox(Map.of("PATH", "/nonexistent"));
        assertThat(new VscodeDiagnosticsAdapter(none).availability().reason())
                .isEqualTo("none of ruff, mypy, pylint, eslint found on PATH");
        assertThat(new VscodeDiagnosticsAdapter(TOOLS).availability().version()).startsWith("mypy ");
    }
}
