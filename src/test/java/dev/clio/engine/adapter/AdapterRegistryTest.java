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
