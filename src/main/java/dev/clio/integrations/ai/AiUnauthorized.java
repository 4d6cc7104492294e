package dev.clio.integrations.ai;

/** The provider rejected the API key (401) or its permissions (403). Never retried. */
public final class AiUnauthorized extends AiException {
    public AiUnauthorized(String message) {
        super(message);
    }
}
