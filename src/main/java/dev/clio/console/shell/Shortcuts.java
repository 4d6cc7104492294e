package dev.clio.console.shell;

import javafx.scene.input.KeyCombination;

/** Key combinations in JavaFX notation, shown the way the platform writes them (Ctrl+1, ⌘1). */
final class Shortcuts {

    static final String PALETTE = "Shortcut+Shift+P";
    static final String CONNECTIONS = "Shortcut+K";
    static final String THEME = "Shortcut+Shift+T";
    static final String REFRESH = "F5";

    private Shortcuts() {
    }

    static String display(String combination) {
        return KeyCombination.valueOf(combination).getDisplayText();
    }
}
