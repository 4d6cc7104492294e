package dev.clio.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * Creates, lists, revokes and checks API keys. Keys are found by the SHA-256 digest of the presented secret in a map,
 * so no secret is ever compared and nothing depends on how many characters of a guess were right.
 *
 * <p>Thread-safe. Changes made by another process (the CLI next to a running server) are picked up on the next call.
 * Last-use times are kept in memory and written at most once per {@code lastUsedFlushInterval}, not once per request;
 * call {@link #close()} on shutdown to write the remainder. Methods that write block on the key file's lock.
 */
public final class ApiKeyService implements AutoCloseable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int MAX_DESCRIPTION = 200;
    private final KeyStore store;
    private final Clock clock;
    private final Duration flushInterval;
    private final Map<String, Instant> pendingTimes = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(null, Map.of(), List.of(), null);
    private final AtomicReference<Instant> lastFlush = new AtomicReference<>();

    public ApiKeyService(KeyStore store, Clock clock, Duration lastUsedFlushInterval) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.flushInterval = Objects.requireNonNull(lastUsedFlushInterval, "lastUsedFlushInterval");
    }

    /** A service over {@code <securityDirectory>/api_keys.json} that writes last-use times at most once a minute. */
    public static ApiKeyService open(java.nio.file.Path securityDirectory) {
        return new ApiKeyService(new KeyStore(securityDirectory), Clock.systemUTC(), Duration.ofMinutes(1));
    }

    /**
     * Creates a key and returns its secret, which is not stored anywhere and cannot be shown again.
     *
     * @param expiresIn null for a key that never expires
     */
    public CreatedKey create(Role role, Duration expiresIn, String description, Caller creator) {
        Objects.requireNonNull(role, "role");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(creator, "creator");
        String[] secret = new String[1];
        KeyInfo[] info = new KeyInfo[1];
        store.update(keys -> {
            String candidate;
            do {
                candidate = ApiKeys.newSecret();
            } while (prefixTaken(keys, ApiKeys.publicPrefix(candidate)));
            Instant expires = expiresIn == null ? null : now.plus(expiresIn);
            info[0] = new KeyInfo(ApiKeys.newId(), ApiKeys.publicPrefix(candidate), role,
                    cleanDescription(description), now, creator.identity(), expires, null, null);
            secret[0] = candidate;
            List<KeyRecord> next = new ArrayList<>(keys);
            next.add(KeyRecord.of(info[0], ApiKeys.digest(candidate)));
            return next;
        });
        refresh();
        return new CreatedKey(secret[0], info[0]);
    }

    /**
     * Checks the value of an {@code X-API-Key} header. Costs one SHA-256 and one {@code stat} of the key file; once
     * per flush interval it also writes the pending last-use times (blocking on the key file's lock).
     *
     * @param headerValue   the header as received, or null when absent
     * @param clientAddress the remote address, recorded on the caller
     */
    public AuthResult authenticate(String headerValue, String clientAddress, Instant now) {
        if (headerValue == null || headerValue.isBlank()) {
            return AuthResult.failure(AuthFailure.MISSING, null,
                    "API key required: send it in the X-API-Key header");
        }
        String presented = headerValue.strip();
        if (!ApiKeys.isWellFormed(presented)) {
            return AuthResult.failure(AuthFailure.MALFORMED, null, "API key is malformed: expected clio_ followed by "
                    + "43 characters, exactly as printed by 'cli-orchestrator keys create'");
        }
        Snapshot current;
        try {
            current = current();
        } catch (SecurityStoreException e) {
            return AuthResult.failure(AuthFailure.UNAVAILABLE, null,
                    "API keys cannot be checked right now: the server's key file is unreadable; tell an admin");
        }
        KeyRecord key = current.byDigest().get(ApiKeys.digest(presented));
        if (key == null) {
            return AuthResult.failure(AuthFailure.UNKNOWN, null,
                    "API key not recognised: check it was copied completely, or ask an admin for a new one");
        }
        return check(key, clientAddress, now);
    }

    private AuthResult check(KeyRecord key, String clientAddress, Instant now) {
        KeyInfo info = key.info();
        switch (info.status(now)) {
            case REVOKED:
                return AuthResult.failure(AuthFailure.REVOKED, key.prefix(), "API key " + key.prefix()
                        + " was revoked on " + DAY.format(info.revokedAt()) + ": ask an admin for a new one");
            case EXPIRED:
                return AuthResult.failure(AuthFailure.EXPIRED, key.prefix(), "API key " + key.prefix()
                        + " expired on " + DAY.format(info.expiresAt()) + ": ask an admin for a new one");
            default:
                pendingTimes.merge(key.id(), now.truncatedTo(ChronoUnit.MILLIS), (a, b) -> a.isAfter(b) ? a : b);
                flushIfDue(now);
                return AuthResult.success(Caller.key(key.prefix(), info.role(), clientAddress));
        }
    }

    /** Every key, oldest first, with last-use times that are not yet written included. */
    public List<KeyInfo> list() {
        return current().keys().stream()
                .map(k -> k.usedAt(pendingTimes.get(k.id())).info())
                .sorted(Comparator.comparing(KeyInfo::createdAt).thenComparing(KeyInfo::id))
                .toList();
    }

    /**
     * Revokes the key with this id, public prefix (with or without a trailing {@code ...}) or full secret. Revoking a
     * revoked key changes nothing and returns it as it is.
     *
     * @throws IllegalArgumentException when nothing or more than one key matches
     */
    public KeyInfo revoke(String idOrPrefix, Caller revoker) {
        Objects.requireNonNull(revoker, "revoker");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        KeyInfo[] result = new KeyInfo[1];
        store.update(keys -> {
            KeyRecord target = KeyLookup.find(keys, idOrPrefix);
            List<KeyRecord> next = new ArrayList<>(keys.size());
            for (KeyRecord k : keys) {
                KeyRecord updated = k.id().equals(target.id()) && k.revokedAt() == null ? k.revoked(now) : k;
                if (k.id().equals(target.id())) {
                    result[0] = updated.info();
                }
                next.add(updated);
            }
            return next;
        });
        refresh();
        return result[0];
    }

    /** Writes pending last-use times now (one locked read-modify-write of the key file). */
    public void flush() {
        if (pendingTimes.isEmpty()) {
            return;
        }
        Map<String, Instant> batch = new HashMap<>(pendingTimes);
        store.update(keys -> keys.stream().map(k -> k.usedAt(batch.get(k.id()))).toList());
        batch.forEach(pendingTimes::remove); // two-argument remove: a newer time that arrived meanwhile stays pending
        refresh();
    }

    /** Null when the key file is readable, else the sentence explaining what is wrong (for readiness checks). */
    public String problem() {
        try {
            current();
            return null;
        } catch (SecurityStoreException e) {
            return e.getMessage();
        }
    }

    /** Writes pending last-use times; the service stays usable. */
    @Override
    public void close() {
        flush();
    }

    private void flushIfDue(Instant now) {
        Instant last = lastFlush.get();
        if (last == null) {
            lastFlush.compareAndSet(null, now);
        } else if (!now.isBefore(last.plus(flushInterval)) && lastFlush.compareAndSet(last, now)) {
            try {
                flush();
            } catch (SecurityStoreException e) {
                // a failed last-use write must not fail the request; the times stay pending for the next attempt
                LoggerFactory.getLogger(ApiKeyService.class).warn("{}", e.getMessage());
            }
        }
    }

    private Snapshot current() {
        Object stamp = store.stamp();
        Snapshot s = snapshot;
        // a failed read is retried every time: fixing permissions (chmod) does not change the stamp
        if (!stamp.equals(s.stamp()) || s.problem() != null) {
            s = refresh();
        }
        if (s.problem() != null) {
            throw new SecurityStoreException(s.problem());
        }
        return s;
    }

    private synchronized Snapshot refresh() {
        Object stamp = store.stamp();
        Snapshot s;
        try {
            List<KeyRecord> keys = store.load();
            Map<String, KeyRecord> byDigest = new HashMap<>();
            keys.forEach(k -> byDigest.put(k.digest(), k));
            s = new Snapshot(stamp, Map.copyOf(byDigest), keys, null);
        } catch (SecurityStoreException e) {
            s = new Snapshot(stamp, Map.of(), List.of(), e.getMessage());
        }
        snapshot = s;
        return s;
    }

    /** One line of at most 200 characters, so a description cannot break the key table or the audit log. */
    private static String cleanDescription(String text) {
        String flat = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() <= MAX_DESCRIPTION ? flat : flat.substring(0, MAX_DESCRIPTION);
    }

    private static boolean prefixTaken(List<KeyRecord> keys, String prefix) {
        return keys.stream().anyMatch(k -> k.prefix().equals(prefix));
    }

    /** An immutable view of the key file at one version, or the reason it could not be read. */
    private record Snapshot(Object stamp, Map<String, KeyRecord> byDigest, List<KeyRecord> keys, String problem) {
    }
}
