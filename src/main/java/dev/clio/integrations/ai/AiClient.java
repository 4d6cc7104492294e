package dev.clio.integrations.ai;

/** A gateway to one AI provider's HTTP API. Implementations are thread-safe. */
public interface AiClient {

    /** "anthropic" or "openai". */
    String provider();

    /**
     * Sends one request, retrying rate limits and server errors with bounded backoff. Blocks for at most the retry
     * budget plus one read timeout per attempt; an interrupt cancels the HTTP call and throws
     * {@link InterruptedException}.
     */
    AiResponse complete(AiRequest request) throws AiException, InterruptedException;
}
