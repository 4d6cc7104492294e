package dev.clio.integrations.ai;

/** A completion: the text and the token usage the provider reported. */
public record AiResponse(String provider, String model, String text, long inputTokens, long outputTokens) {

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
