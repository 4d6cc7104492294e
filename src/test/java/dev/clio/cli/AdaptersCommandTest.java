package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdaptersCommandTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void workspaceLayout() throws Exception {
        Files.createDirectories(workspace.resolve(".ai/workflows"));
        Files.createDirectories(workspace.resolve("config"));
    }

    private MainTest.Captured adapters(String... args) {
        List<String> argv = new ArrayList<>(List.of("adapters", "--workspace", workspace.toString()));
        argv.addAll(List.of(args));
        return MainTest.Captured.run(argv.toArray(String[]::new));
    }

    @Test
    void textTableListsEveryAdapterWithAvailabilityAndReason() {
        MainTest.Captured run = adapters();
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("NAME").contains("TYPE", "AVAILABLE", "VERSION", "EST. TOKENS", "REASON");
        for (AdapterSpec spec : BuiltinAdapterSpecs.catalog().specs()) {
            assertThat(lines).anyMatch(l -> l.startsWith(spec.name() + " "));
        }
        assertThat(lines).anyMatch(l -> l.matches("shell\\s+deterministic\\s+yes\\s+-\\s+0"));
        assertThat(lines).anyMatch(l -> l.startsWith("github_integration ") && l.contains(" no ")
                && l.endsWith("needs GITHUB_TOKEN and GitHub access, which this version does not provide"));
        assertThat(lines).anyMatch(l -> l.matches("git_ops\\s+deterministic\\s+yes\\s+\\d+\\.\\d+.*"));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ of " + BuiltinAdapterSpecs.catalog().specs().size()
                + " adapters available");
    }

    @Test
    void jsonHasOneObjectPerAdapter() throws Exception {
        MainTest.Captured run = adapters("--format", "json");
        assertThat(run.code()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows.size()).isEqualTo(BuiltinAdapterSpecs.catalog().specs().size());
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.get("name").asText()));
        assertThat(names).containsExactlyElementsOf(BuiltinAdapterSpecs.catalog().specs().stream()
                .map(AdapterSpec::name).toList());
        JsonNode editor = rows.get(names.indexOf("ai_editor"));
        assertThat(editor.get("type").asText()).isEqualTo("ai");
        assertThat(editor.get("estimated_tokens").asLong()).isGreaterThan(4000);
        JsonNode mypy = rows.get(names.indexOf("mypy_checker"));
        assertThat(mypy.get("available").asBoolean()).isTrue();
        assertThat(mypy.get("version").asText()).matches("\\d+\\.\\d+.*");
        assertThat(rows.get(names.indexOf("shell")).get("estimated_tokens").asLong()).isZero();
    }

    @Test
    void theWorkspaceConfigFileSuppliesTheAiKey() throws Exception {
        Files.writeString(workspace.resolve("config/orchestrator.yaml"), "ai_provider: openai\n"
                + "openai_api_key: sk-from-config\nopenai_model: gpt-test\n");
        MainTest.Captured run = adapters("--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        for (JsonNode row : rows) {
            if (row.get("name").asText().equals("ai_analyst")) {
                assertThat(row.get("available").asBoolean()).isTrue();
                assertThat(row.get("version").asText()).isEqualTo("openai/gpt-test");
                return;
            }
        }
        throw new AssertionError("ai_analyst not listed");
    }

    @Test
    void aBrokenConfigFileIsAOneLineError() throws Exception {
        Files.writeString(workspace.resolve("config/orchestrator.yaml"), "ai_provider: [unclosed\n");
        MainTest.Captured run = adapters();
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpDescribesTheOptions() {
        MainTest.Captured run = MainTest.Captured.run("adapters", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: cli-orchestrator adapters").contains("--format=FORMAT")
                .contains("--connection=URL").contains("--workspace=DIR");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        MainTest.Captured run = adapters("--format", "xml");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: Invalid value for option '--format'").doesNotContain("Exception");
    }
}
