package dev.clio.engine.adapter.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.Steps;
import dev.clio.engine.adapter.TestStepContext;
import java.io.IOException;
import java.io.InputStream;
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

@Timeout(30)
class VerifierAdapterTest {

    @TempDir
    Path workspace;

    private final VerifierAdapter verifier = new VerifierAdapter();

    private AdapterResult verify(Map<String, Object> with) throws InterruptedException {
        return verifier.execute(Steps.request("verifier", with), new TestStepContext(workspace));
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(workspace.resolve(path).getParent());
        Files.writeString(workspace.resolve(path), content);
    }

    private void copyFixture(String name, String to) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            Files.createDirectories(workspace.resolve(to).getParent());
            Files.write(workspace.resolve(to), in.readAllBytes());
        }
    }

    @Test
    void gatesFromChecksAndGatesBothCount() throws Exception {
        write("artifacts/test_report.json", "{\"test_results\": {\"total\": 3, \"passed\": 3, \"failed\": 0, "
                + "\"errors\": 0}}");
        write("artifacts/ai-cost.json", "{\"total_estimated_tokens\": 60000, \"estimated_cost_usd\": 1.2}");
        AdapterResult r = verify(Map.of(
                "checks", List.of(Map.of("type", "tests_pass", "from", "artifacts/test_report.json")),
                "gates", List.of(Map.of("type", "token_budget", "tokens_file", "artifacts/ai-cost.json",
                        "max_tokens", 50000))));
        assertThat(r.success()).isFalse();
        assertThat(r.metadata()).containsEntry("gates_passed", 1).containsEntry("gates_failed", 1);
        assertThat(r.error()).isEqualTo("gate failed: token_budget: token budget exceeded: 60000 > 50000");
        assertThat(r.output()).contains("PASS tests_pass: all 3 tests passed");
    }

    @Test
    void testsPassReadsBothReportShapesAndFailsWithoutAReport() throws Exception {
        write("artifacts/test_report.json", "{\"test_results\": {\"total\": 5, \"passed\": 3, \"failed\": 1, "
                + "\"errors\": 1}}");
        write("reports/legacy.json", "{\"tests_passed\": 7, \"tests_failed\": 0}");
        write("reports/empty.json", "{\"summary\": {}}");
        assertThat(verify(Map.of("checks", List.of("tests_pass"))).error())
                .isEqualTo("gate failed: tests_pass: 1 failed and 1 errors out of 5 tests "
                        + "(artifacts/test_report.json)");
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "tests_pass", "from", "reports/legacy.json"))))
                .success()).isTrue();
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "tests_pass", "from", "reports/empty.json"))))
                .error()).contains("has neither test_results{failed, errors} nor tests_failed");
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "tests_pass", "from", "artifacts/none.json"))))
                .error()).contains("test report not found: artifacts/none.json");
    }

    @Test
    void diffLimitsCountsFilesInsertionsAndLinesOfAUnifiedDiff() throws Exception {
        copyFixture("two-files.diff", "artifacts/changes.diff");
        AdapterResult within = verify(Map.of("checks", List.of(Map.of("type", "diff_limits",
                "from", "artifacts/changes.diff", "max_files", 2, "max_insertions", 3, "max_lines", 5))));
        assertThat(within.success()).as(within.output()).isTrue();
        assertThat(within.output()).contains("2 files, +3 -2");
        AdapterResult over = verify(Map.of("checks", List.of(Map.of("type", "diff_limits",
                "diff_file", "artifacts/changes.diff", "max_files", 1, "max_lines", 4))));
        assertThat(over.error()).isEqualTo("gate failed: diff_limits: diff too large: 2 files > max_files 1, "
                + "5 changed lines > max_lines 4 (artifacts/changes.diff)");
    }

    @Test
    void diffLimitsExplainsAMissingDiff() throws Exception {
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "diff_limits", "from", "artifacts/x.diff"))))
                .error()).contains("diff file not found: artifacts/x.diff");
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "diff_limits", "max_files", 3)))).error())
                .contains("the workspace is not a git repository");
    }

    @Test
    void diffLimitsMeasuresTheGitDiffWhenNoFileIsNamed() throws Exception {
        write("a.txt", "one\ntwo\n");
        git("init", "-q");
        git("add", "a.txt");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init");
        write("a.txt", "one\nTWO\nthree\n");
        AdapterResult r = verify(Map.of("checks", List.of(Map.of("type", "diff_limits", "max_insertions", 1))));
        assertThat(r.error()).isEqualTo("gate failed: diff_limits: diff too large: 2 insertions > max_insertions 1 "
                + "(git diff --numstat HEAD)");
    }

    @Test
    void schemaValidChecksJsonAndYamlArtifacts() throws Exception {
        copyFixture("diagnostics.schema.json", ".ai/schemas/diagnostics.schema.json");
        write("artifacts/diagnostics.json", "{\"timestamp\": \"2026-01-01T00:00:00Z\", \"issues\": "
                + "[{\"file\": \"a.py\", \"line\": 3, \"severity\": \"error\"}]}");
        write("artifacts/bad.yaml", "timestamp: 12\nissues:\n  - file: a.py\n    line: 0\n    severity: fatal\n");
        AdapterResult ok = verify(Map.of("checks", List.of(Map.of("type", "schema_valid",
                "from", "artifacts/diagnostics.json", "schema", ".ai/schemas/diagnostics.schema.json"))));
        assertThat(ok.success()).as(ok.output()).isTrue();
        AdapterResult bad = verify(Map.of("gates", List.of(Map.of("type", "schema_valid",
                "artifact", "artifacts/bad.yaml", "schema", ".ai/schemas/diagnostics.schema.json"))));
        assertThat(bad.success()).isFalse();
        assertThat(bad.error()).contains("artifacts/bad.yaml: $.issues[0].line").contains("$.timestamp")
                .contains("severity");
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "schema_valid",
                "from", "artifacts/diagnostics.json", "schema", "missing.json")))).error())
                .contains("schema not found: missing.json");
    }

    @Test
    void remoteSchemaReferencesAreNotFetched() throws Exception {
        try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            write("schemas/remote.json", "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", "
                    + "\"$ref\": \"" + server.url("/other.json") + "\"}");
            write("artifacts/a.json", "{\"x\": 1}");
            AdapterResult r = verify(Map.of("checks", List.of(Map.of("type", "schema_valid",
                    "from", "artifacts/a.json", "schema", "schemas/remote.json"))));
            assertThat(r.success()).isFalse();
            assertThat(r.error()).contains("is not followed: only local schema files are read");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void artifactWithoutGatesIsVerifiedOnItsOwn() throws Exception {
        write("artifacts/plain.json", "{\"hello\": 1}");
        assertThat(verify(Map.of("artifact", "artifacts/plain.json")).error())
                .contains("lacks 'timestamp' and 'type'");
    }

    @Test
    void tokenBudgetComparesTokensAndDollars() throws Exception {
        write("artifacts/ai-cost.json", "{\"total_estimated_tokens\": 1000, \"estimated_cost_usd\": 5.5}");
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "token_budget", "max_tokens", 2000,
                "max_usd", 5.0)))).error())
                .isEqualTo("gate failed: token_budget: USD budget exceeded: $5.5000 > $5.0000");
        assertThat(verify(Map.of("checks", List.of(Map.of("token_budget", Map.of("max_tokens", 2000)))))
                .success()).isTrue();
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "token_budget", "tokens_file", "nope.json",
                "max_tokens", 1)))).error()).contains("token file not found: nope.json");
    }

    @Test
    void unknownGatesNothingToCheckAndEscapesFail() throws Exception {
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "coverage_maintained")))).error())
                .startsWith("gate failed: coverage_maintained: unknown gate type: coverage_maintained");
        assertThat(verify(Map.of()).error()).startsWith("verifier has nothing to check");
        assertThat(verify(Map.of("checks", "tests_pass")).error()).startsWith("with.checks must be a list");
        assertThat(verify(Map.of("checks", List.of(Map.of("type", "tests_pass", "from", "../../etc/passwd"))))
                .error()).contains("path '../../etc/passwd' is outside the workspace");
    }

    @Test
    void writesAGateReportToEachEmittedPath() throws Exception {
        write("artifacts/test_report.json", "{\"tests_passed\": 2, \"tests_failed\": 0}");
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07.891Z"), ZoneOffset.UTC);
        AdapterResult r = verifier.execute(Steps.request("verifier", Map.of("checks", List.of("tests_pass")),
                List.of(), List.of("artifacts/gates.json")), new TestStepContext(workspace, clock));
        assertThat(r.success()).isTrue();
        assertThat(r.artifacts()).containsExactly("artifacts/gates.json");
        JsonNode report = new ObjectMapper().readTree(workspace.resolve("artifacts/gates.json").toFile());
        assertThat(report.get("timestamp").asText()).isEqualTo("2026-03-04T05:06:07Z");
        assertThat(report.get("type").asText()).isEqualTo("verifier.gates");
        assertThat(report.get("gates").get(0).get("passed").asBoolean()).isTrue();
    }

    private void git(String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("git"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).directory(workspace.toFile()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
