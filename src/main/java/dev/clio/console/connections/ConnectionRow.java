package dev.clio.console.connections;

import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.SavedConnection;

/**
 * One line of the connection manager and the toolbar switcher: what a connection is, never its key.
 *
 * @param builtIn the demo workspace, always offered, neither editable nor removable
 * @param savedOrNull the stored connection, null for the built-in one
 */
public record ConnectionRow(ConnectionProfile profile, boolean keySaved, boolean lastUsed, boolean builtIn,
        SavedConnection savedOrNull) {

    static ConnectionRow of(SavedConnection saved) {
        return new ConnectionRow(saved.profile(), saved.hasKey(), saved.lastUsed(), false, saved);
    }

    static ConnectionRow demo() {
        return new ConnectionRow(ConnectionProfile.demo(), false, false, true, null);
    }

    public String name() {
        return profile.name();
    }

    /** "embedded workspace" or "remote server". */
    public String kind() {
        return profile.remote() ? "remote server" : "embedded workspace";
    }

    public String location() {
        return profile.location();
    }

    public String environment() {
        return profile.environment().label();
    }

    /** "key saved", "no key" or, for an embedded workspace that needs none, "". */
    public String keyText() {
        return !profile.remote() ? "" : keySaved ? "key saved" : "no key";
    }

    /** "last used", "built in" or "". */
    public String usageText() {
        return builtIn ? "built in" : lastUsed ? "last used" : "";
    }
}
