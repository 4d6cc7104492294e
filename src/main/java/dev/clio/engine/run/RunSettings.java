package dev.clio.engine.run;

import java.time.Duration;

/**
 * Workspace settings the runner needs.
 *
 * @param maxTokensDefault the budget when neither the caller nor the workflow sets one (0: no limit)
 * @param cacheEnabled the {@code cache_enabled} switch: when false no workflow uses the cache, whatever its
 *     {@code policy.enable_caching} says
 * @param cacheTtl how long a cached step result stays valid
 * @param retryBaseDelay the unit of the retry backoff (see {@link Backoff})
 * @param retryMaxDelay the cap of one backoff delay
 */
public record RunSettings(long maxTokensDefault, boolean cacheEnabled, Duration cacheTtl, Duration retryBaseDelay,
        Duration retryMaxDelay) {

    public static final long DEFAULT_MAX_TOKENS = 200_000;

    public static RunSettings defaults() {
        return new RunSettings(DEFAULT_MAX_TOKENS, true, Duration.ofSeconds(3600), Duration.ofSeconds(1),
                Duration.ofSeconds(60));
    }

    public RunSettings withMaxTokensDefault(long value) {
        return new RunSettings(value, cacheEnabled, cacheTtl, retryBaseDelay, retryMaxDelay);
    }

    public RunSettings withCache(boolean enabled, Duration ttl) {
        return new RunSettings(maxTokensDefault, enabled, ttl, retryBaseDelay, retryMaxDelay);
    }

    public RunSettings withRetryDelays(Duration base, Duration max) {
        return new RunSettings(maxTokensDefault, cacheEnabled, cacheTtl, base, max);
    }
}
