package dev.clio.integrations.ai;

/**
 * One completion request.
 *
 * @param model the provider's model name
 * @param system instructions sent as the system prompt, or null
 * @param prompt the user message
 * @param maxTokens completion token limit
 */
public record AiRequest(String model, String system, String prompt, int maxTokens) {

    public AiRequest {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("an AI request needs a model name");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max_tokens must be at least 1, got " + maxTokens);
        }
    }
}
