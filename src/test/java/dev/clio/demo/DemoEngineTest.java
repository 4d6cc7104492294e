package dev.clio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.config.Settings;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoEngineTest {

    /** What a developer's shell may hold: a real key and the real endpoint. */
    private static final Map<String, String> REAL_AI = Map.of("CLI_ORCHESTRATOR_ANTHROPIC_API_KEY", "sk-ant-real",
            "CLI_ORCHESTRATOR_ANTHROPIC_BASE_URL", "https://api.anthropic.com", "CLI_ORCHESTRATOR_AI_PROVIDER",
            "openai", "CLI_ORCHESTRATOR_OPENAI_API_KEY", "sk-real");

    @TempDir
    Path dir;

    @Test
    void aiProvidersPointAtTheLoopbackDiscardPortWhateverTheEnvironmentSays() {
        try (DemoEngine engine = DemoEngine.open(DemoWorkspace.ensure(dir.resolve("demo")), REAL_AI)) {
            Settings s = engine.engine().settings();
            assertThat(s.aiProvider()).isEqualTo("anthropic");
            assertThat(s.anthropicApiKey()).isEqualTo(DemoEngine.PLACEHOLDER_KEY);
            assertThat(s.anthropicBaseUrl()).isEqualTo(DemoEngine.AI_NOWHERE).isEqualTo("http://127.0.0.1:9");
            assertThat(s.openaiBaseUrl()).isEqualTo(DemoEngine.AI_NOWHERE);
        }
    }

    @Test
    void anAiStepWithinItsBudgetFailsOnLoopbackInsteadOfReachingAProvider() throws IOException {
        Workspace ws = DemoWorkspace.ensure(dir.resolve("demo"));
        Files.writeString(ws.workflows().resolve("AI_FITS.yaml"), """
                name: "AI fits"
                policy:
                  max_tokens: 100000
                  prefer_deterministic: false
                steps:
                  - id: "1.001"
                    name: "Ask"
                    actor: "ai_analyst"
                    with:
                      analysis_type: "code_review"
                      prompt: "Say hello."
                """);
        try (DemoEngine engine = DemoEngine.open(ws, REAL_AI)) {
            Operations ops = engine.operations();
            String id = ops.execute(new Workflows.ExecuteRequest("AI_FITS.yaml", false, null, null, null, null))
                    .executionId();
            await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(ops.execution(id).status()));
            Workflows.Execution done = ops.execution(id);
            assertThat(done.status()).isEqualTo("failed");
            assertThat(done.tokensUsed()).isZero();
            assertThat(done.steps().get(0).error()).contains("127.0.0.1:9");
        }
    }

    @Test
    void theLocalUsersRemediationsAreAuditedOnTheServedEngine() {
        try (DemoEngine engine = DemoEngine.open(DemoWorkspace.ensure(dir.resolve("demo")), Map.of())) {
            Operations local = engine.operations();
            local.cleanArtifacts(true);
            assertThat(local.audit(new Resources.AuditQuery(null, null, "artifacts.clean", null, 10)))
                    .singleElement().satisfies(a -> assertThat(a.actor()).startsWith("local:"));
        }
    }
}
