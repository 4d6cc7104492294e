package dev.clio.integrations.ai;

/** The provider cannot be reached or is overloaded (connection refused, 503, 529) after the retries. */
public final class AiUnavailable extends AiException {
    public AiUnavailable(String message) {
        super(message);
    }
}
