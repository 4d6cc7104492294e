package dev.clio.console.common;

import dev.clio.workspace.Workspace;

import dev.clio.connections.Connection;
import dev.clio.connections.ConnectionFactory;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;

/**
 * Opens connection profiles as sessions and switches to them: the one way the connection manager, the toolbar
 * switcher and the command line open a saved connection or the built-in demo workspace.
 */
public final class SessionOpener {

    private final ConnectionStore store;
    private final ConnectionFactory factory;

    public SessionOpener(ConnectionStore store) {
        this(store, new ConnectionFactory(store));
    }

    public SessionOpener(ConnectionStore store, ConnectionFactory factory) {
        this.store = store;
        this.factory = factory;
    }

    public ConnectionStore store() {
        return store;
    }

    /**
     * Opens the profile and, when it is saved under its name, remembers it as the last used. Blocks on IO (an embedded
     * workspace runs its migrations): call it off the UI thread.
     */
    public Session open(ConnectionProfile profile) {
        if (profile.target() instanceof ConnectionProfile.Embedded embedded
                && DemoHandle.isDemo(new Workspace(embedded.workspace()))) {
            markUsedIfSaved(profile);
            return DemoHandle.openSession(new Workspace(embedded.workspace()), profile.name(),
                    profile.environment().label());
        }
        Connection connection = factory.open(profile);
        try {
            if (store.find(profile.name()).filter(s -> s.profile().equals(profile)).isPresent()) {
                store.markUsed(profile.name());
            }
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return Session.of(connection);
    }

    private void markUsedIfSaved(ConnectionProfile profile) {
        if (store.find(profile.name()).filter(s -> s.profile().equals(profile)).isPresent()) {
            store.markUsed(profile.name());
        }
    }
}
