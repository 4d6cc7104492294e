package dev.clio.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down key guessing: a client (remote address) with {@code maxFailures} failed authentications inside a sliding
 * {@code window} is refused for {@code block}, and should get 429 with {@code Retry-After}. Memory is bounded: at
 * most {@code maxClients} clients are remembered, least recently seen forgotten first. Thread-safe; the caller passes
 * the time, so tests need no sleeping.
 */
public final class FailedAuthLimiter {

    private static final String NO_ADDRESS = "unknown";
    private final LimiterSettings settings;
    private final Map<String, ClientState> clients;

    public FailedAuthLimiter(LimiterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clients = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ClientState> eldest) {
                return size() > settings.maxClients();
            }
        };
    }

    /** Asks before authenticating: a blocked client is refused without its key being looked at. */
    public synchronized LimitDecision check(String client, Instant now) {
        ClientState state = clients.get(key(client));
        if (state == null || state.blockedUntil == null || !now.isBefore(state.blockedUntil)) {
            return LimitDecision.ALLOWED;
        }
        long millis = Duration.between(now, state.blockedUntil).toMillis();
        return LimitDecision.blocked((millis + 999) / 1000);
    }

    /**
     * Records a failed authentication; returns true when this failure starts a block (the moment to audit
     * {@code auth.rate_limited}).
     */
    public synchronized boolean recordFailure(String client, Instant now) {
        ClientState state = clients.computeIfAbsent(key(client), k -> new ClientState());
        Instant windowStart = now.minus(settings.window());
        while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(windowStart)) {
            state.failures.removeFirst();
        }
        state.failures.addLast(now);
        if (state.failures.size() < settings.maxFailures()) {
            return false;
        }
        // the window restarts after a block, so the next block needs a full new burst
        state.failures.clear();
        state.blockedUntil = now.plus(settings.block());
        return true;
    }

    /** Clients remembered now (for tests and diagnostics). */
    public synchronized int trackedClients() {
        return clients.size();
    }

    private static String key(String client) {
        return client == null || client.isBlank() ? NO_ADDRESS : client;
    }

    /** Failure times inside the window (at most maxFailures) and the end of the current block. */
    private static final class ClientState {
        final ArrayDeque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil;
    }
}
