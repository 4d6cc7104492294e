package dev.clio.integrations.ai;

import java.time.Duration;

/** Still rate limited (429) after the retries; {@link #retryAfter()} is the provider's last advice, if any. */
public final class AiRateLimited extends AiException {

    private final transient Duration retryAfter;

    public AiRateLimited(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** The wait the provider asked for, or null when it sent no retry-after header. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
