package dev.clio.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The public facts about an API key: everything except its secret and digest, so it is safe to list and show.
 *
 * @param id          stable identifier ({@code key_} + 12 hex digits)
 * @param prefix      first 12 characters of the secret ({@code clio_} + 7): recognises a key, cannot be used as one
 * @param createdBy   identity of the caller who created it
 * @param expiresAt   null when the key never expires
 * @param revokedAt   null while not revoked
 * @param lastUsedAt  null when never used
 */
public record KeyInfo(
        String id,
        String prefix,
        Role role,
        String description,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("revoked_at") Instant revokedAt,
        @JsonProperty("last_used_at") Instant lastUsedAt) {

    /** Revocation wins over expiry, so a revoked key always reads as revoked. */
    public KeyStatus status(Instant now) {
        if (revokedAt != null) {
            return KeyStatus.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? KeyStatus.EXPIRED : KeyStatus.ACTIVE;
    }
}
