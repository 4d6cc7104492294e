package dev.clio.engine.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSettings;
import dev.clio.engine.adapter.Steps;
import dev.clio.engine.adapter.TestStepContext;
import dev.clio.integrations.ai.AiHttp;
import dev.clio.integrations.ai.RetryPolicy;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** ai_editor and ai_analyst against a loopback server in the providers' wire formats. */
@Timeout(30)
class AiStepAdapterTest {

    private static final String ANTHROPIC_OK = """
            {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
             "content": [{"type": "text", "text": "## Findings\\n1. src/app.py:2 divides by zero"}],
             "stop_reason": "end_turn", "usage": {"input_tokens": 120, "output_tokens": 30}}
            """;
    private static final String OPENAI_OK = """
            {"id": "c1", "object": "chat.completion", "model": "gpt-test",
             "choices": [{"index": 0, "finish_reason": "stop",
                          "message": {"role": "assistant", "content": "--- a/src/app.py\\n+++ b/src/app.py"}}],
             "usage": {"prompt_tokens": 200, "completion_tokens": 50, "total_tokens": 250}}
            """;

    @TempDir
    Path workspace;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
        Files.createDirectories(workspace.resolve("src"));
        Files.writeString(workspace.resolve("src/app.py"), "def ratio(a):\n    return a / 0\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AiProviders providers(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("anthropic_base_url", server.url("/").toString(),
                "openai_base_url", server.url("/").toString()));
        settings.putAll(extra);
        return new AiProviders(new AdapterSettings(settings), AiHttp.shared(),
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)));
    }

    private AdapterResult run(AiStepAdapter adapter, Map<String, Object> with, String... emits) throws Exception {
        return adapter.execute(Steps.request(adapter.name(), with, List.of(), List.of(emits)),
                new TestStepContext(workspace));
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return new ObjectMapper().readTree(request.getBody().utf8());
    }

    @Test
    void analystSendsFilesAndFocusAndRecordsTokens() throws Exception {
        server.enqueue(new MockResponse.Builder().body(ANTHROPIC_OK).build());
        AiStepAdapter analyst = AiStepAdapter.analyst(providers(Map.of("anthropic_api_key", "sk-a",
                "anthropic_model", "claude-test")));
        AdapterResult r = run(analyst, Map.of("analysis_type", "code_review", "focus_areas", List.of("bugs",
                "security"), "files", "src/**/*.py", "context", Map.of("ticket", "OPS-7")), "artifacts/review.md");
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.tokensUsed()).isEqualTo(150);
        assertThat(r.metadata()).containsEntry("prompt_tokens", 120L).containsEntry("completion_tokens", 30L)
                .containsEntry("model", "claude-test").containsEntry("provider", "anthropic");
        assertThat(r.metadata().get("files_in_prompt")).isEqualTo(List.of("src/app.py"));
        assertThat(Files.readString(workspace.resolve("artifacts/review.md"))).contains("divides by zero");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/messages");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo("sk-a");
        JsonNode body = body(request);
        assertThat(body.get("model").asText()).isEqualTo("claude-test");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(4000);
        assertThat(body.get("system").asText()).contains("reviewing code");
        String prompt = body.get("messages").get(0).get("content").asText();
        assertThat(prompt).contains("Analysis type: code_review").contains("Focus areas: bugs, security")
                .contains("## File: src/app.py").contains("return a / 0").contains("\"ticket\":\"OPS-7\"");
    }

    @Test
    void editorUsesOpenAiWhenAskedAndWritesTheDefaultArtifact() throws Exception {
        server.enqueue(new MockResponse.Builder().body(OPENAI_OK).build());
        AiStepAdapter editor = AiStepAdapter.editor(providers(Map.of("openai_api_key", "sk-o")));
        AdapterResult r = run(editor, Map.of("provider", "openai", "prompt", "Guard against division by zero",
                "max_tokens", 300, "model", "gpt-test", "files", List.of("src/app.py")));
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(r.tokensUsed()).isEqualTo(250);
        assertThat(r.artifacts()).containsExactly("artifacts/1.001-response.md");
        assertThat(Files.readString(workspace.resolve("artifacts/1.001-response.md"))).startsWith("--- a/src/app.py");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-o");
        JsonNode body = body(request);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(300);
        assertThat(body.get("messages").get(1).get("content").asText())
                .startsWith("Guard against division by zero").contains("Strategy: minimal-diff");
    }

    @Test
    void withoutAKeyItIsUnavailableAndSaysWhichVariableToSet() throws Exception {
        AiStepAdapter editor = AiStepAdapter.editor(providers(Map.of()));
        assertThat(editor.availability().available()).isFalse();
        assertThat(editor.availability().reason()).isEqualTo("no API key: set CLI_ORCHESTRATOR_ANTHROPIC_API_KEY");
        assertThat(run(editor, Map.of("prompt", "x")).error())
                .isEqualTo("no API key: set CLI_ORCHESTRATOR_ANTHROPIC_API_KEY");
        assertThat(AiStepAdapter.analyst(providers(Map.of("ai_provider", "openai"))).availability().reason())
                .isEqualTo("no API key: set CLI_ORCHESTRATOR_OPENAI_API_KEY");
        assertThat(AiStepAdapter.analyst(providers(Map.of("openai_api_key", "k"))).availability().version())
                .isEqualTo("openai/gpt-4o-mini");
        assertThat(AiStepAdapter.analyst(providers(Map.of("ai_provider", "anthropic", "openai_api_key", "k")))
                .availability().reason()).isEqualTo("no API key: set CLI_ORCHESTRATOR_ANTHROPIC_API_KEY (or set "
                        + "CLI_ORCHESTRATOR_AI_PROVIDER=openai to use the openai key)");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRejectedKeyPointsAtTheSetting() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"type\": \"error\", \"error\": {\"type\": "
                + "\"authentication_error\", \"message\": \"invalid x-api-key\"}}").build());
        AdapterResult r = run(AiStepAdapter.analyst(providers(Map.of("anthropic_api_key", "bad"))), Map.of());
        assertThat(r.success()).isFalse();
        assertThat(r.error()).isEqualTo("anthropic rejected the API key (authentication_error: invalid x-api-key); "
                + "check CLI_ORCHESTRATOR_ANTHROPIC_API_KEY");
    }

    @Test
    void rateLimitThenSuccessThroughTheAdapter() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "0").body("{\"type\": "
                + "\"error\", \"error\": {\"type\": \"rate_limit_error\", \"message\": \"slow\"}}").build());
        server.enqueue(new MockResponse.Builder().body(ANTHROPIC_OK).build());
        AdapterResult r = run(AiStepAdapter.analyst(providers(Map.of("anthropic_api_key", "k"))), Map.of());
        assertThat(r.success()).as(r.error()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void unsupportedOptionsAreRejectedBeforeAnyCall() throws Exception {
        AiProviders keyed = providers(Map.of("anthropic_api_key", "k"));
        assertThat(run(AiStepAdapter.analyst(keyed), Map.of("analysis_type", "horoscope")).error())
                .isEqualTo("unsupported analysis_type: horoscope (supported: architecture_analysis, code_review, "
                        + "refactor_planning, test_planning)");
        assertThat(run(AiStepAdapter.editor(keyed), Map.of("tool", "gemini")).error())
                .startsWith("unsupported AI tool: gemini");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filesNamedInTheContextAreIncluded() throws Exception {
        Files.createDirectories(workspace.resolve("artifacts"));
        Files.writeString(workspace.resolve("artifacts/diagnostics.json"), "{\"issues\": [{\"code\": \"F821\"}]}");
        server.enqueue(new MockResponse.Builder().body(ANTHROPIC_OK).build());
        AdapterResult r = run(AiStepAdapter.editor(providers(Map.of("anthropic_api_key", "k"))),
                Map.of("context", Map.of("diagnostics", "artifacts/diagnostics.json", "note", "see the diagnostics",
                        "files", "src/**/*.py")));
        assertThat((List<String>) r.metadata().get("files_in_prompt")).containsExactlyInAnyOrder(
                "artifacts/diagnostics.json", "src/app.py");
        String prompt = body(server.takeRequest()).get("messages").get(0).get("content").asText();
        assertThat(prompt).contains("## File: artifacts/diagnostics.json").contains("F821").contains("return a / 0");
    }

    @Test
    void largeFilesAreCutToFitThePrompt() throws Exception {
        Files.writeString(workspace.resolve("src/big.py"), "x = 1\n".repeat(10_000));
        server.enqueue(new MockResponse.Builder().body(ANTHROPIC_OK).build());
        AdapterResult r = run(AiStepAdapter.analyst(providers(Map.of("anthropic_api_key", "k"))),
                Map.of("files", "src/*.py"));
        assertThat(r.metadata().get("files_truncated")).isEqualTo(List.of("src/big.py"));
        String prompt = body(server.takeRequest()).get("messages").get(0).get("content").asText();
        assertThat(prompt.length()).isLessThan(PromptBuilder.MAX_FILE_CHARS + 2000);
        assertThat(prompt).contains("… (truncated)").contains("return a / 0");
    }

    @Test
    void estimateGrowsWithMaxTokensAndFilePatterns() {
        AiStepAdapter editor = AiStepAdapter.editor(providers(Map.of()));
        long empty = editor.estimateTokens(Steps.request("ai_editor", Map.of()));
        long small = editor.estimateTokens(Steps.request("ai_editor", Map.of("max_tokens", 100)));
        long withFiles = editor.estimateTokens(Steps.request("ai_editor", Map.of("files", List.of("a.py", "b.py"))));
        assertThat(empty).isBetween(4000L, 4200L);
        assertThat(empty - small).isEqualTo(3900);
        assertThat(withFiles - empty).isEqualTo(3000);
    }
}
