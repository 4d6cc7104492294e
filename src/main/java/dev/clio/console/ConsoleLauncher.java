package dev.clio.console;

import javafx.application.Application;

/** Starts the JavaFX console; the entry point that does not extend Application, as JavaFX on the classpath wants. */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    /** Blocks until the window is closed. */
    public static void launch(ConsoleStartup startup) {
        ConsoleApp.startup(startup);
        Application.launch(ConsoleApp.class);
    }
}
