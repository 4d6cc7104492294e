package dev.clio.security;

import java.time.Instant;

/**
 * One security incident, already de-duplicated (one burst is one incident).
 *
 * @param client    remote address involved, or null
 * @param keyPrefix public prefix of the key involved, or null
 * @param detail    one sentence for the on-call engineer
 */
public record SecurityIncident(Instant time, IncidentKind kind, String client, String keyPrefix, String detail) {
}
