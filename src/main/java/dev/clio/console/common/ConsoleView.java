package dev.clio.console.common;

import javafx.scene.Node;

/** One screen of the console, built lazily the first time it is shown. */
public interface ConsoleView {

    /** The root node; the same node every call. */
    Node node();

    /** Called on the UI thread each time the view becomes visible (e.g. to refresh or focus). */
    default void shown() {
    }

    /** Called on the UI thread each time another view replaces this one. */
    default void hidden() {
    }
}
