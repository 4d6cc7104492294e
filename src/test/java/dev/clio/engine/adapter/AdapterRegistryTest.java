package dev.clio.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterRegistryTest {

    @Test
    void defaultsRegisterEveryBuiltinAdapterInCatalogOrder() {
        AdapterRegistry registry = AdapterRegistry.defaults(Map.of());
        assertThat(registry.adapters()).extracting(Adapter::name)
                .containsExactlyElementsOf(BuiltinAdapterSpecs.catalog().specs().stream().map(AdapterSpec::name)
                        .toList());
        assertThat(registry.adapter("shell")).isPresent();
        assertThat(registry.adapter("no_such")).isEmpty();
        assertThat(registry.adapter(null)).isEmpty();
    }

    @Test
    void catalogNamesThisVersionDoesNotRunAreListedWithAnHonestReason() {
        AdapterRegistry registry = AdapterRegistry.defaults(Map.of());
        assertThat(registry.adapter("github_integration").orElseThrow().availability().reason())
                .isEqualTo("github_integration needs GITHUB_TOKEN and GitHub access, which this version does not "
                        + "provide");
        assertThat(registry.adapter("tool_vcs").orElseThrow().availability().reason())
                .contains("run the tool with the shell adapter");
        assertThat(registry.adapter("backup_manager").orElseThrow().availability().reason())
                .isEqualTo("backup_manager belongs to the original's Codex modification pipeline, which this version "
                        + "does not provide");
        assertThat(registry.adapter("shell").orElseThrow().availability().available()).isTrue();
        assertThat(registry.adapter("verifier").orElseThrow().availability().available()).isTrue();
    }

    @Test
    void aiActorsWithoutAKeyAreUnavailableThroughTheRouter() {
        AdapterRegistry registry = AdapterRegistry.defaults(Map.of("anthropic_api_key", "", "openai_api_key", ""));
        Router router = new Router(registry);
        RoutingDecision decision = router.route(Steps.request("ai_editor", Map.of()), false);
        if (System.getenv("ANTHROPIC_API_KEY") == null && System.getenv("OPENAI_API_KEY") == null) {
            assertThat(decision.available()).isFalse();
            assertThat(decision.unavailableMessage())
                    .isEqualTo("adapter not available: ai_editor (no API key: set CLI_ORCHESTRATOR_ANTHROPIC_API_KEY)");
        }
        RoutingDecision keyed = new Router(AdapterRegistry.defaults(Map.of("anthropic_api_key", "k")))
                .route(Steps.request("ai_analyst", Map.of()), false);
        assertThat(keyed.available()).isTrue();
        assertThat(keyed.type()).isEqualTo(AdapterType.AI);
        assertThat(keyed.estimatedTokens()).isGreaterThan(4000);
    }

    @Test
    void specsFallBackToTheBuiltinCatalog() {
        FakeAdapter custom = FakeAdapter.deterministic("custom_tool", true);
        AdapterRegistry registry = AdapterRegistry.of(custom);
        assertThat(registry.spec("custom_tool")).contains(custom.spec());
        assertThat(registry.spec("verifier")).contains(BuiltinAdapterSpecs.get("verifier"));
        assertThat(registry.spec("nothing")).isEmpty();
        assertThat(registry.specs()).first().isEqualTo(custom.spec());
        assertThat(registry.specs()).hasSize(BuiltinAdapterSpecs.catalog().specs().size() + 1);
    }

    @Test
    void duplicateNamesAreRejected() {
        assertThatThrownBy(() -> AdapterRegistry.of(FakeAdapter.deterministic("a", true),
                FakeAdapter.deterministic("a", false))).hasMessageContaining("adapter registered twice: a");
    }

    @Test
    void plainProviderKeysAreUsedOnlyWhenSettingsLackThem() {
        Map<String, String> env = Map.of("ANTHROPIC_API_KEY", "from-env", "OPENAI_API_KEY", "openai-env");
        AdapterSettings settings = AdapterSettings.withEnvironment(
                Map.of("ANTHROPIC_API_KEY".toLowerCase(), "from-settings", "openai_api_key", " "), env::get);
        assertThat(settings.get("anthropic_api_key")).contains("from-settings");
        assertThat(settings.get("openai_api_key")).contains("openai-env");
        assertThat(settings.get("openai_model")).isEmpty();
    }
}
