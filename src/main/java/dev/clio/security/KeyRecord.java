package dev.clio.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One entry of {@code security/api_keys.json}: the public facts of {@link KeyInfo} plus the SHA-256 digest of the
 * secret. The secret itself is never stored.
 */
record KeyRecord(
        String id,
        String prefix,
        @JsonProperty("sha256") String digest,
        Role role,
        String description,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("revoked_at") Instant revokedAt,
        @JsonProperty("last_used_at") Instant lastUsedAt) {

    static KeyRecord of(KeyInfo i, String digest) {
        return new KeyRecord(i.id(), i.prefix(), digest, i.role(), i.description(), i.createdAt(), i.createdBy(),
                i.expiresAt(), i.revokedAt(), i.lastUsedAt());
    }

    KeyInfo info() {
        return new KeyInfo(id, prefix, role, description, createdAt, createdBy, expiresAt, revokedAt, lastUsedAt);
    }

    /** What is missing or wrong, or null when the entry is usable; a bad entry makes the whole file suspect. */
    String problem() {
        if (id == null || prefix == null || role == null || createdAt == null) {
            return "an entry lacks id, prefix, role or created_at";
        }
        if (digest == null || !digest.matches("[0-9a-f]{64}")) {
            return "entry " + id + " has no valid sha256 digest";
        }
        return null;
    }

    KeyRecord revoked(Instant when) {
        return new KeyRecord(id, prefix, digest, role, description, createdAt, createdBy, expiresAt, when, lastUsedAt);
    }

    /** Keeps the later of the recorded and the given last-use time, so merges from several processes never go back. */
    KeyRecord usedAt(Instant when) {
        if (when == null || (lastUsedAt != null && !when.isAfter(lastUsedAt))) {
            return this;
        }
        return new KeyRecord(id, prefix, digest, role, description, createdAt, createdBy, expiresAt, revokedAt, when);
    }
}
