package dev.clio.ops.embedded;

import dev.clio.config.Settings;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings the adapter registry reads, under the names {@code AdapterRegistry.defaults} expects. */
final class AdapterSettingsMap {

    private AdapterSettingsMap() {
    }

    static Map<String, String> of(Settings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "anthropic_api_key", settings.anthropicApiKey());
        put(values, "anthropic_base_url", settings.anthropicBaseUrl());
        put(values, "anthropic_model", settings.anthropicModel());
        put(values, "openai_api_key", settings.openaiApiKey());
        put(values, "openai_base_url", settings.openaiBaseUrl());
        put(values, "openai_model", settings.openaiModel());
        put(values, "ai_provider", settings.aiProvider());
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
