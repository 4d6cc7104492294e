package dev.clio.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkflowSchemasTest {

    private static final String ARTIFACT = """
            {"adapter": "vscode_diagnostics", "timestamp": "2026-12-01T20:00:00Z",
             "files_analyzed": {"python": ["src/a.py"], "javascript": [], "typescript": []},
             "analyzers": ["ruff", "mypy"],
             "summary": {"total_issues": 1, "by_severity": {"warning": 1}, "by_kind": {"lint": 1}},
             "issues": [{"file": "src/a.py", "line": 3, "column": 1, "severity": "warning", "code": "F401",
                         "message": "unused import", "rule": "F401", "source": "ruff", "kind": "lint"}],
             "results": {"ruff": {"exit_code": 1, "issues": 1, "stdout": "", "stderr": "", "error": null}}}
            """;

    private final ArtifactValidator diagnostics = ArtifactValidator.diagnostics(ValidatorOptions.defaults());

    @Test
    void schemaTextsAreJsonWithTheExpectedTitles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(WorkflowSchemas.workflowSchemaText()).get("title").asText())
                .isEqualTo("CLI Orchestrator Workflow Schema");
        assertThat(json.readTree(WorkflowSchemas.diagnosticsSchemaText()).get("required").toString())
                .contains("timestamp", "issues");
    }

    @Test
    void whatVscodeDiagnosticsWritesValidates() {
        ValidationResult r = diagnostics.validate("diagnostics.json", ARTIFACT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void theOriginalsNumericTimestampIsRejectedAtItsLine() {
        String bad = ARTIFACT.replace("\"2026-12-01T20:00:00Z\"", "1732000000");
        ValidationResult r = diagnostics.validate("diagnostics.json", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(48);
            assertThat(d.message()).startsWith("expected a string, found the number 1732000000");
        });
    }

    @Test
    void issueWithoutLineIsReportedOnTheIssue() {
        String bad = ARTIFACT.replace("\"line\": 3, ", "");
        ValidationResult r = diagnostics.validate("d.json", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("missing required key 'line'");
            assertThat(d.pointer()).isEqualTo("/issues/0");
            assertThat(d.line()).isEqualTo(5);
        });
    }

    @Test
    void compiledSchemaIsSharedAndThreadSafe() throws Exception {
        assertThat(WorkflowSchemas.workflowSchema()).isSameAs(WorkflowSchemas.workflowSchema());
        var pool = dev.clio.common.concurrent.Threads.bounded("validator-test", 4, 100);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<ValidationResult>>();
            for (int i = 0; i < 40; i++) {
                String yaml = i % 2 == 0 ? Validation.VALID : Validation.VALID.replace("code_fixers", "code_fixer");
                futures.add(pool.submit(() -> Validation.VALIDATOR.validate("t.yaml", yaml)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get().hasErrors()).isEqualTo(i % 2 == 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
