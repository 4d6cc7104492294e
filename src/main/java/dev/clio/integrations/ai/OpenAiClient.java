package dev.clio.integrations.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/** The OpenAI Chat Completions API (and compatible servers): {@code POST {base}/v1/chat/completions}. */
public final class OpenAiClient implements AiClient {

    public static final String DEFAULT_BASE_URL = "https://api.openai.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProviderGateway gateway;

    public OpenAiClient(String baseUrl, String apiKey, AiHttp http, RetryPolicy retry) {
        this.gateway = new ProviderGateway(new Wire(Endpoints.join(baseUrl, "/chat/completions"), apiKey), http,
                retry);
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public AiResponse complete(AiRequest request) throws AiException, InterruptedException {
        return gateway.complete(request);
    }

    private record Wire(String url, String apiKey) implements Protocol {

        @Override
        public String provider() {
            return "openai";
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Authorization", "Bearer " + apiKey, "content-type", "application/json");
        }

        @Override
        public byte[] body(AiRequest request) throws IOException {
            ObjectNode body = JSON.createObjectNode().put("model", request.model());
            ArrayNode messages = body.putArray("messages");
            if (request.system() != null && !request.system().isBlank()) {
                messages.addObject().put("role", "system").put("content", request.system());
            }
            messages.addObject().put("role", "user").put("content", request.prompt());
            body.put("max_tokens", request.maxTokens());
            return JSON.writeValueAsBytes(body);
        }

        /** {@code choices[0].message.content}; {@code usage.prompt_tokens/completion_tokens}. */
        @Override
        public AiResponse parse(String body, AiRequest request) throws AiError {
            JsonNode root = Json.read(body, "openai");
            JsonNode message = root.path("choices").path(0).path("message");
            JsonNode usage = root.path("usage");
            if (!message.path("content").isTextual() || !usage.path("prompt_tokens").isNumber()) {
                throw new AiError("openai sent a response without choices[0].message.content and usage", 0);
            }
            return new AiResponse("openai", root.path("model").asText(request.model()),
                    message.get("content").asText(), usage.path("prompt_tokens").asLong(),
                    usage.path("completion_tokens").asLong());
        }
    }
}
