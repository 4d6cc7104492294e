package dev.clio.engine.adapter.ai;

import dev.clio.engine.adapter.AdapterSettings;
import dev.clio.engine.adapter.Availability;
import dev.clio.integrations.ai.AiClient;
import dev.clio.integrations.ai.AiHttp;
import dev.clio.integrations.ai.AnthropicClient;
import dev.clio.integrations.ai.OpenAiClient;
import dev.clio.integrations.ai.RetryPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured AI providers: keys, base URLs and models from the settings, and one client per provider. The
 * default provider is {@code ai_provider}, else the first with a key (Anthropic, then OpenAI), else Anthropic.
 */
public final class AiProviders {

    static final List<String> NAMES = List.of("anthropic", "openai");
    private static final Map<String, String> DEFAULT_MODELS = Map.of("anthropic", "claude-sonnet-4-5",
            "openai", "gpt-4o-mini");

    private final AdapterSettings settings;
    private final AiHttp http;
    private final RetryPolicy retry;
    private final Map<String, AiClient> clients = new ConcurrentHashMap<>();

    public AiProviders(AdapterSettings settings, AiHttp http, RetryPolicy retry) {
        this.settings = settings;
        this.http = http;
        this.retry = retry;
    }

    public static AiProviders of(AdapterSettings settings) {
        return new AiProviders(settings, AiHttp.shared(), RetryPolicy.DEFAULT);
    }

    String defaultProvider() {
        String configured = settings.get("ai_provider").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        if (configured != null && NAMES.contains(configured)) {
            return configured;
        }
        return NAMES.stream().filter(this::hasKey).findFirst().orElse("anthropic");
    }

    boolean hasKey(String provider) {
        return settings.get(provider + "_api_key").isPresent();
    }

    String model(String provider) {
        return settings.get(provider + "_model").orElse(DEFAULT_MODELS.get(provider));
    }

    /** Available when the default provider has a key; the version is "provider/model". */
    Availability availability() {
        String provider = defaultProvider();
        if (!hasKey(provider)) {
            String other = provider.equals("anthropic") ? "openai" : "anthropic";
            String hint = hasKey(other) ? " (or set CLI_ORCHESTRATOR_AI_PROVIDER=" + other + " to use the "
                    + other + " key)" : "";
            return Availability.unavailable(missingKey(provider) + hint);
        }
        return Availability.available(provider + "/" + model(provider));
    }

    static String missingKey(String provider) {
        return "no API key: set CLI_ORCHESTRATOR_" + provider.toUpperCase(Locale.ROOT) + "_API_KEY";
    }

    /** The client of a provider that has a key. */
    AiClient client(String provider) {
        return clients.computeIfAbsent(provider, name -> {
            String key = settings.get(name + "_api_key").orElseThrow(() ->
                    new IllegalStateException(missingKey(name)));
            if (name.equals("openai")) {
                return new OpenAiClient(settings.get("openai_base_url").orElse(OpenAiClient.DEFAULT_BASE_URL), key,
                        http, retry);
            }
            return new AnthropicClient(settings.get("anthropic_base_url").orElse(AnthropicClient.DEFAULT_BASE_URL),
                    key, http, retry);
        });
    }
}
