package dev.clio.engine.run;

import java.time.Duration;

/**
 * Workspace settings the runner needs.
 *
 * @param maxTokensDefault the budget when neither the caller nor the workflow sets one
 * @param cacheTtl how long a cached step result stays valid
 * @param retryBaseDelay the unit of the retry backoff (see {@link Backoff})
 * @param retryMaxDelay the cap of one backoff delay
 */
public record RunSettings(long maxTokensDefault, Duration cacheTtl, Duration retryBaseDelay, Duration retryMaxDelay) {

    public static final long DEFAULT_MAX_TOKENS = 200_000;

    public static RunSettings defaults() {
        return new RunSettings(DEFAULT_MAX_TOKENS, Duration.ofSeconds(3600), Duration.ofSeconds(1),
                Duration.ofSeconds(60));
    }

    public RunSettings withMaxTokensDefault(long value) {
        return new RunSettings(value, cacheTtl, retryBaseDelay, retryMaxDelay);
    }

    public RunSettings withCacheTtl(Duration value) {
        return new RunSettings(maxTokensDefault, value, retryBaseDelay, retryMaxDelay);
    }
}
