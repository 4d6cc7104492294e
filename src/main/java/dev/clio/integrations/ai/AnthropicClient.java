package dev.clio.integrations.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/** The Anthropic Messages API: {@code POST {base}/v1/messages}. */
public final class AnthropicClient implements AiClient {

    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProviderGateway gateway;

    public AnthropicClient(String baseUrl, String apiKey, AiHttp http, RetryPolicy retry) {
        this.gateway = new ProviderGateway(new Wire(Endpoints.join(baseUrl, "/messages"), apiKey), http, retry);
    }

    @Override
    public String provider() {
        return "anthropic";
    }

    @Override
    public AiResponse complete(AiRequest request) throws AiException, InterruptedException {
        return gateway.complete(request);
    }

    private record Wire(String url, String apiKey) implements Protocol {

        @Override
        public String provider() {
            return "anthropic";
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("x-api-key", apiKey, "anthropic-version", "2023-06-01", "content-type", "application/json");
        }

        @Override
        public byte[] body(AiRequest request) throws IOException {
            ObjectNode body = JSON.createObjectNode().put("model", request.model())
                    .put("max_tokens", request.maxTokens());
            if (request.system() != null && !request.system().isBlank()) {
                body.put("system", request.system());
            }
            body.putArray("messages").addObject().put("role", "user").put("content", request.prompt());
            return JSON.writeValueAsBytes(body);
        }

        /** {@code content[]} blocks of type text, joined; {@code usage.input_tokens/output_tokens}. */
        @Override
        public AiResponse parse(String body, AiRequest request) throws AiError {
            JsonNode root = Json.read(body, "anthropic");
            JsonNode content = root.path("content");
            JsonNode usage = root.path("usage");
            if (!content.isArray() || !usage.path("input_tokens").isNumber()) {
                throw new AiError("anthropic sent a response without content[] and usage", 0);
            }
            StringBuilder text = new StringBuilder();
            content.forEach(block -> {
                if (block.path("type").asText().equals("text")) {
                    text.append(block.path("text").asText());
                }
            });
            return new AiResponse("anthropic", root.path("model").asText(request.model()), text.toString(),
                    usage.path("input_tokens").asLong(), usage.path("output_tokens").asLong());
        }
    }
}
