package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    private static final String GOOD = """
            name: good
            steps:
              - id: "1.001"
                name: a
                actor: shell
                with: {argv: [echo, hi]}
            """;
    private static final String BAD = """
            name: bad
            steps:
              - id: "1.001"
                name: a
                actor: shel
                with: {argv: [echo]}
              - id: "1.002"
                name: b
                actor: pytest_runner
                with: {pathh: tests}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void validWorkflowExitsZeroWithASummary() throws Exception {
        Path good = write("good.yaml", GOOD);
        MainTest.Captured run = MainTest.Captured.run("verify", good.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("1 file checked: 0 errors, 0 warnings" + System.lineSeparator());
    }

    @Test
    void errorsArePrintedAsPositionedLinesAndExitOne() throws Exception {
        Path bad = write("bad.yaml", BAD);
        MainTest.Captured run = MainTest.Captured.run("verify", bad.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.out().lines()).containsExactly(
                bad + ":5:12: error: unknown actor 'shel'; did you mean 'shell'? [unknown-actor]",
                bad + ":10:12: warning: pytest_runner has no parameter 'pathh' (it is ignored); did you mean 'path'?"
                        + " [unknown-parameter]",
                "1 file checked: 1 error, 1 warning");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void directoriesAreSearchedRecursivelyForYaml() throws Exception {
        write("a/one.yaml", GOOD);
        write("a/b/two.yml", BAD);
        write("a/b/notes.txt", "not yaml");
        MainTest.Captured run = MainTest.Captured.run("verify", dir.resolve("a").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.out()).contains("two.yml:5:12").doesNotContain("notes.txt")
                .endsWith("2 files checked: 1 error, 1 warning" + System.lineSeparator());
    }

    @Test
    void jsonFormatCarriesEveryField() throws Exception {
        Path bad = write("bad.yaml", BAD);
        MainTest.Captured run = MainTest.Captured.run("verify", "--format", "json", bad.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("files").asInt()).isEqualTo(1);
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").asInt()).isEqualTo(1);
        JsonNode first = json.get("diagnostics").get(0);
        assertThat(first.get("file").asText()).isEqualTo(bad.toString());
        assertThat(first.get("line").asInt()).isEqualTo(5);
        assertThat(first.get("column").asInt()).isEqualTo(12);
        assertThat(first.get("endLine").asInt()).isEqualTo(5);
        assertThat(first.get("endColumn").asInt()).isEqualTo(16);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("rule").asText()).isEqualTo("unknown-actor");
        assertThat(first.get("pointer").asText()).isEqualTo("/steps/0/actor");
        assertThat(first.get("path").asText()).isEqualTo("step 1.001 \u203a actor");
        assertThat(first.get("message").asText()).startsWith("unknown actor 'shel'");
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        MainTest.Captured run = MainTest.Captured.run("verify", dir.resolve("nope.yaml").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines()).containsExactly("error: no such file or directory: " + dir.resolve("nope.yaml"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noArgumentsIsAUsageError() {
        MainTest.Captured run = MainTest.Captured.run("verify");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: Missing required parameter");
    }

    @Test
    void badFormatIsAUsageError() throws Exception {
        MainTest.Captured run = MainTest.Captured.run("verify", "--format", "xml", write("g.yaml", GOOD).toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("--format").doesNotContain("Exception");
    }

    @Test
    void schemaModeValidatesAnArtifact() throws Exception {
        Path schema = write("s.schema.json", """
                {"type": "object", "required": ["total"],
                 "properties": {"total": {"type": "integer", "minimum": 0}}}
                """);
        Path ok = write("ok.json", "{\"total\": 3}");
        Path bad = write("bad.json", "{\n  \"total\": -1\n}\n");
        MainTest.Captured run = MainTest.Captured.run("verify", "--schema", schema.toString(), ok.toString(),
                bad.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.out().lines()).containsExactly(
                bad + ":2:12: error: must be at least 0, found -1 [schema]",
                "2 files checked: 1 error, 0 warnings");
    }

    @Test
    void schemaModeWithTheShippedWorkflowSchemaAcceptsAWorkflow() throws Exception {
        Path schema = write(".ai/schemas/workflow.schema.json",
                dev.clio.engine.workflow.WorkflowSchemas.workflowSchemaText());
        MainTest.Captured run = MainTest.Captured.run("verify", write("w.yaml", GOOD).toString(),
                "--schema", schema.toString());
        assertThat(run.code()).isZero();
        MainTest.Captured bad = MainTest.Captured.run("verify", write("v.yaml", "name: 3\nsteps: []\n").toString(),
                "--schema", schema.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(bad.out()).contains("v.yaml:1:7: error: expected a string, found the number 3");
    }

    @Test
    void unusableSchemaIsExitTwo() throws Exception {
        Path schema = write("broken.json", "{\"type\": ");
        MainTest.Captured run = MainTest.Captured.run("verify", "--schema", schema.toString(),
                write("x.json", "{}").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("error: the schema cannot be read");
        MainTest.Captured missing = MainTest.Captured.run("verify", "--schema", dir.resolve("no.json").toString(),
                write("y.json", "{}").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(missing.err()).startsWith("error: no such file or directory: ");
    }

    @Test
    void schemaWithATypoIsReportedAgainstItsMetaSchema() throws Exception {
        Path schema = write("typo.json", "{\"type\": \"objekt\"}");
        MainTest.Captured run = MainTest.Captured.run("verify", "--schema", schema.toString(),
                write("z.json", "{}").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: the schema " + schema + " is not a valid JSON schema: /type:");
    }

    @Test
    void strictMakesUndeclaredInputsErrors() throws Exception {
        Path wf = write("w.yaml", GOOD + "    when: \"inputs.go == true\"\n");
        assertThat(MainTest.Captured.run("verify", wf.toString()).code()).isZero();
        assertThat(MainTest.Captured.run("verify", "--strict", wf.toString()).code()).isEqualTo(ExitCodes.PROBLEMS);
    }
}
