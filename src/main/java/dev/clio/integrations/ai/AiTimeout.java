package dev.clio.integrations.ai;

/** The provider did not answer within the read timeout. */
public final class AiTimeout extends AiException {
    public AiTimeout(String message) {
        super(message);
    }
}
