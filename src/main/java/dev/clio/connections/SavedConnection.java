package dev.clio.connections;

/**
 * A profile as the store lists it for display: whether it has an API key and a paging routing key, never the keys.
 *
 * @param lastUsed whether it is the connection opened most recently (the console starts on it)
 * @param pages whether a routing key is stored, so declaring, acknowledging and resolving an incident pages
 */
public record SavedConnection(ConnectionProfile profile, boolean hasKey, boolean lastUsed, boolean pages) {

    public SavedConnection(ConnectionProfile profile, boolean hasKey, boolean lastUsed) {
        this(profile, hasKey, lastUsed, false);
    }

    public String name() {
        return profile.name();
    }
}
