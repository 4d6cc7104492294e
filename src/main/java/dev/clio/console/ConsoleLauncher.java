package dev.clio.console;

import javafx.application.Application;

/** Starts the JavaFX console; the entry point that does not extend Application, as JavaFX on the classpath wants. */
public final class ConsoleLauncher {

    /** Held so the level sticks: JUL keeps loggers weakly. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private ConsoleLauncher() {
    }

    /** Blocks until the window is closed. */
    public static void launch(ConsoleStartup startup) {
        // JavaFX warns on every start that it runs from the class path, which is how this application ships it.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        ConsoleApp.startup(startup);
        Application.launch(ConsoleApp.class);
    }
}
