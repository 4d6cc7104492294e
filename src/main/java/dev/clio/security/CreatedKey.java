package dev.clio.security;

/**
 * A newly created key. {@link #secret()} is the only copy there will ever be: show it once, then drop it.
 */
public record CreatedKey(String secret, KeyInfo info) {

    /** Never prints the secret, so a stray log line cannot leak it. */
    @Override
    public String toString() {
        return "CreatedKey[" + info.prefix() + ", " + info.role().label() + "]";
    }
}
