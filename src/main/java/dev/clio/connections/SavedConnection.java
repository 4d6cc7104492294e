package dev.clio.connections;

/**
 * A profile as the store lists it for display: whether it has an API key, never the key itself.
 *
 * @param lastUsed whether it is the connection opened most recently (the console starts on it)
 */
public record SavedConnection(ConnectionProfile profile, boolean hasKey, boolean lastUsed) {

    public String name() {
        return profile.name();
    }
}
