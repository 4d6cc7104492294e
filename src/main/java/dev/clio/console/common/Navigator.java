package dev.clio.console.common;

/** Lets a view send the user to another view (e.g. an alert's "Open runbook") without importing it. */
public interface Navigator {

    /** Shows the view with this id; unknown ids are ignored. */
    void show(String viewId);
}
