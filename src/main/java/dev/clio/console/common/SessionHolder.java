package dev.clio.console.common;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current session. Views and services listen to it and rebind when the user switches connection; the old
 * session's Operations are closed off the UI thread, since closing may wait for IO.
 */
public final class SessionHolder {

    private final ReadOnlyObjectWrapper<Session> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final Executor io;

    public SessionHolder(Executor io) {
        this.io = io;
    }

    // Properties

    public ReadOnlyObjectProperty<Session> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Session current() {
        return current.get();
    }

    // Commands

    /** Makes {@code next} current (UI thread) and closes the previous session in the background. */
    public void switchTo(Session next) {
        Session previous = current.get();
        current.set(next);
        if (previous != null && previous != next) {
            io.execute(() -> previous.operations().close());
        }
    }

    /** Closes the current session; the caller is shutting down. */
    public void close() {
        Session previous = current.get();
        current.set(null);
        if (previous != null) {
            previous.operations().close();
        }
    }
}
