package dev.clio.engine.adapter;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Configuration the adapters read: lower-case keys of {@code CLI_ORCHESTRATOR_*} variables without the prefix
 * ({@code anthropic_api_key}, {@code openai_base_url}, {@code ai_provider}, …).
 */
public record AdapterSettings(Map<String, String> values) {

    public AdapterSettings {
        values = Map.copyOf(values);
    }

    /**
     * The given settings plus {@code anthropic_api_key}/{@code openai_api_key} from the plain {@code ANTHROPIC_API_KEY}
     * / {@code OPENAI_API_KEY} variables when the settings lack them.
     */
    public static AdapterSettings withEnvironment(Map<String, String> settings) {
        return withEnvironment(settings, System::getenv);
    }

    static AdapterSettings withEnvironment(Map<String, String> settings, UnaryOperator<String> env) {
        Map<String, String> merged = new java.util.HashMap<>();
        settings.forEach((k, v) -> {
            if (k != null && v != null) {
                merged.put(k.toLowerCase(Locale.ROOT), v);
            }
        });
        for (String provider : new String[] {"anthropic", "openai"}) {
            String key = provider + "_api_key";
            String fromEnv = env.apply(provider.toUpperCase(Locale.ROOT) + "_API_KEY");
            if (blank(merged.get(key)) && !blank(fromEnv)) {
                merged.put(key, fromEnv);
            }
        }
        return new AdapterSettings(merged);
    }

    /** A non-blank value, trimmed. */
    public Optional<String> get(String key) {
        String value = values.get(key);
        return blank(value) ? Optional.empty() : Optional.of(value.trim());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
