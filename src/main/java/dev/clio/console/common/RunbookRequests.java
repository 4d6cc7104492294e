package dev.clio.console.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where views ask for a runbook without importing the Runbooks view: {@link #open} keeps the request and shows the
 * view, which applies the latest request when it is built and every time a new one arrives. UI thread only.
 */
public final class RunbookRequests {

    public static final String VIEW_ID = "runbooks";

    private final Navigator navigator;
    private final ReadOnlyObjectWrapper<RunbookRequest> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    public RunbookRequests(Navigator navigator) {
        this.navigator = navigator;
    }

    /** The newest request, or null before any. */
    public ReadOnlyObjectProperty<RunbookRequest> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Records the request (a repeated equal one still notifies) and shows the Runbooks view. */
    public void open(RunbookRequest request) {
        latest.set(null);
        latest.set(request);
        navigator.show(VIEW_ID);
    }
}
