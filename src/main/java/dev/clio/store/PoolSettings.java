package dev.clio.store;

import java.util.Map;

/**
 * Connection pool size as the runbook names it: {@code DATABASE_POOL_SIZE} connections kept open and up to
 * {@code DATABASE_MAX_OVERFLOW} more opened under load. HikariCP has no overflow, so the pool keeps
 * {@code minimumIdle = poolSize} and grows to {@code maximumPoolSize = poolSize + maxOverflow}; connections above the
 * idle minimum are closed again after Hikari's idle timeout, which is what overflow connections do in the original.
 */
public record PoolSettings(int poolSize, int maxOverflow) {

    public static final String POOL_SIZE = "DATABASE_POOL_SIZE";
    public static final String MAX_OVERFLOW = "DATABASE_MAX_OVERFLOW";
    public static final PoolSettings DEFAULT = new PoolSettings(20, 30);

    public PoolSettings {
        if (poolSize < 1) {
            throw new StoreException(POOL_SIZE + " must be at least 1, got " + poolSize);
        }
        if (maxOverflow < 0) {
            throw new StoreException(MAX_OVERFLOW + " must be 0 or more, got " + maxOverflow);
        }
    }

    /** Reads {@code DATABASE_POOL_SIZE} and {@code DATABASE_MAX_OVERFLOW}; absent or blank means the default. */
    public static PoolSettings fromEnvironment(Map<String, String> env) {
        return new PoolSettings(number(env, POOL_SIZE, DEFAULT.poolSize()),
                number(env, MAX_OVERFLOW, DEFAULT.maxOverflow()));
    }

    public int maximumPoolSize() {
        return poolSize + maxOverflow;
    }

    public int minimumIdle() {
        return poolSize;
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StoreException(name + " must be a whole number, got '" + value.trim() + "'");
        }
    }
}
