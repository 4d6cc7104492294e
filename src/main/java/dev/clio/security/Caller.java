package dev.clio.security;

import java.util.Objects;

/**
 * Who is making a call: an API key holder (identity {@code key:clio_AbCdEfG}) or the local user of the embedded engine
 * (identity {@code local:<os user>}, always admin).
 *
 * @param identity  stable name recorded in the audit log
 * @param role      what the caller may do
 * @param keyPrefix public prefix of the API key used, or null for a local caller
 * @param client    remote address, or null for a local caller
 */
public record Caller(String identity, Role role, String keyPrefix, String client) {

    public Caller {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(role, "role");
    }

    /** The embedded engine's caller: the person at the keyboard owns the workspace, so they are admin. */
    public static Caller local(String osUser) {
        String user = osUser == null || osUser.isBlank() ? "unknown" : osUser.strip();
        return new Caller("local:" + user, Role.ADMIN, null, null);
    }

    /** The local caller for the user running this JVM. */
    public static Caller localUser() {
        return local(System.getProperty("user.name"));
    }

    /** A caller authenticated by the API key with this public prefix. */
    public static Caller key(String keyPrefix, Role role, String client) {
        return new Caller("key:" + keyPrefix, role, keyPrefix, client);
    }

    public boolean allows(Role required) {
        return role.allows(required);
    }

    public boolean isLocal() {
        return keyPrefix == null;
    }
}
