package dev.clio.engine.adapter.tools.pytest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.Steps;
import dev.clio.engine.adapter.TestStepContext;
import dev.clio.engine.adapter.tools.ToolBox;
import dev.clio.engine.adapter.tools.ToolProbe;
import dev.clio.engine.adapter.verify.VerifierAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Against the real pytest (Debian package {@code python3-pytest}, or whichever pytest is first on PATH). */
@Timeout(90)
class PytestRunnerAdapterTest {

    private static final ToolBox TOOLS = ToolBox.system();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-08T09:10:11Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private final PytestRunnerAdapter runner = new PytestRunnerAdapter(TOOLS.probe("pytest"));

    private void write(String path, String content) throws IOException {
        Files.createDirectories(workspace.resolve(path).getParent());
        Files.writeString(workspace.resolve(path), content);
    }

    private AdapterResult run(PytestRunnerAdapter adapter, Map<String, Object> with, String... emits)
            throws InterruptedException {
        return adapter.execute(Steps.request("pytest_runner", with, List.of(), List.of(emits)),
                new TestStepContext(workspace, CLOCK));
    }

    private JsonNode report(String path) throws IOException {
        return new ObjectMapper().readTree(workspace.resolve(path).toFile());
    }

    @Test
    void passingSuiteWritesTheReport() throws Exception {
        write("tests/test_ok.py", """
                import pytest

                def test_one():
                    assert 1 + 1 == 2

                def test_two():
                    assert "a".upper() == "A"

                @pytest.mark.skip(reason="not today")
                def test_skipped():
                    pass
                """);
        AdapterResult r = run(runner, Map.of("coverage", false), "artifacts/test_report.json");
        assertThat(r.success()).as(r.error()).isTrue();
        JsonNode results = report("artifacts/test_report.json").get("test_results");
        assertThat(results.get("total").asInt()).isEqualTo(3);
        assertThat(results.get("passed").asInt()).isEqualTo(2);
        assertThat(results.get("skipped").asInt()).isEqualTo(1);
        assertThat(results.get("failed").asInt()).isZero();
        assertThat(results.get("test_cases").findValuesAsText("name"))
                .containsExactly("test_one", "test_two", "test_skipped");
        assertThat(results.get("test_cases").get(2).get("skip_reason").asText()).contains("not today");
        assertThat(report("artifacts/test_report.json").get("timestamp").asText()).isEqualTo("2026-07-08T09:10:11Z");
        assertThat(r.metadata()).containsEntry("tests_run", 3).containsEntry("tests_passed", 2);
        try (Stream<Path> files = Files.walk(workspace)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .doesNotContain(".pytest_cache", "__pycache__", ".coverage");
        }
    }

    @Test
    void failingSuiteFailsAndTheVerifierGateAgrees() throws Exception {
        write("tests/test_bad.py", """
                import pytest

                @pytest.fixture
                def broken():
                    raise RuntimeError("fixture exploded")

                def test_pass():
                    assert True

                def test_fail():
                    assert 1 == 2

                def test_error(broken):
                    pass
                """);
        AdapterResult r = run(runner, Map.of("path", "tests", "coverage", false));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).startsWith("2 of 3 tests failed (first: tests.test_bad::test_fail: assert 1 == 2");
        JsonNode results = report("artifacts/test_report.json").get("test_results");
        assertThat(results.get("failed").asInt()).isEqualTo(1);
        assertThat(results.get("errors").asInt()).isEqualTo(1);
        assertThat(results.get("test_cases").get(2).get("error").asText()).contains("fixture exploded");
        AdapterResult gate = new VerifierAdapter().execute(Steps.request("verifier",
                Map.of("checks", List.of(Map.of("type", "tests_pass", "from", "artifacts/test_report.json")))),
                new TestStepContext(workspace));
        assertThat(gate.error()).contains("1 failed and 1 errors out of 3 tests");
    }

    @Test
    void slowTestsAreLeftOutUnlessIncluded() throws Exception {
        write("tests/test_speed.py", """
                import pytest

                def test_fast():
                    pass

                @pytest.mark.slow
                def test_slow():
                    pass
                """);
        assertThat(run(runner, Map.of("coverage", false)).metadata()).containsEntry("tests_run", 1);
        assertThat(run(runner, Map.of("coverage", false, "include_slow", true)).metadata())
                .containsEntry("tests_run", 2);
    }

    @Test
    void noTestsAndMissingPathsAreClearErrors() throws Exception {
        write("tests/helper.py", "X = 1\n");
        assertThat(run(runner, Map.of("coverage", false)).error()).isEqualTo("no tests were collected from tests");
        assertThat(run(runner, Map.of("test_path", "nowhere")).error())
                .isEqualTo("test path 'nowhere' does not exist in the workspace");
        assertThat(run(runner, Map.of("path", "../..")).error())
                .isEqualTo("test path '../..' is outside the workspace");
    }

    @Test
    void withoutPytestCovCoverageIsSkippedWithANote() throws Exception {
        ToolProbe debianPytest = new ToolProbe("pytest", List.of(List.of("pytest"), List.of("pytest-3")),
                Map.of("PATH", "/usr/bin:/bin", "HOME", System.getProperty("user.home")));
        assumeTrue(debianPytest.availability().available(), "no pytest in /usr/bin");
        PytestRunnerAdapter plain = new PytestRunnerAdapter(debianPytest);
        write("tests/test_ok.py", "def test_ok():\n    assert True\n");
        AdapterResult r = run(plain, Map.of("coverage", true));
        assertThat(r.success()).as(r.error()).isTrue();
        JsonNode report = report("artifacts/test_report.json");
        if (report.get("coverage_results").isNull()) {
            assertThat(report.get("coverage_note").asText())
                    .isEqualTo("pytest-cov is not installed; coverage was not measured");
            assertThat(r.metadata().get("coverage")).isNull();
        } else {
            assertThat(report.get("coverage_results").get("total_coverage").asDouble()).isBetween(0.0, 100.0);
        }
    }

    @Test
    void withPytestCovCoverageIsMeasuredAndEnforced() throws Exception {
        assumeTrue(pytestCovInstalled(), "pytest-cov is not installed for the first pytest on PATH");
        write("src/calc.py", "def add(a, b):\n    return a + b\n\ndef unused(x):\n    return x * 2\n");
        write("tests/test_calc.py", "import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), "
                + "'..', 'src'))\nfrom calc import add\n\ndef test_add():\n    assert add(1, 2) == 3\n");
        AdapterResult r = run(runner, Map.of("coverage", true, "coverage_threshold", 99));
        assertThat(r.success()).isFalse();
        assertThat(r.error()).matches("coverage \\d+\\.\\d% is below the threshold 99%");
        JsonNode coverage = report("artifacts/test_report.json").get("coverage_results");
        assertThat(coverage.get("files").findValuesAsText("filename")).contains("src/calc.py");
    }

    private static boolean pytestCovInstalled() throws Exception {
        List<String> command = TOOLS.probe("pytest").command().orElse(List.of());
        if (command.isEmpty()) {
            return false;
        }
        List<String> argv = new java.util.ArrayList<>(command);
        argv.add("--help");
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String help = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return p.waitFor() == 0 && help.contains("--cov=");
    }
}
