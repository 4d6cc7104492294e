package dev.clio.integrations.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads provider JSON; a body that is not JSON is the provider's error, reported as such. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode read(String body, String provider) throws AiError {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new AiError(provider + " sent a response that is not a JSON object", 0);
            }
            return node;
        } catch (IOException e) {
            throw new AiError(provider + " sent a response that is not valid JSON", 0);
        }
    }
}
