package dev.clio.console.common;

import java.util.Locale;

/** The two themes in {@code styles/}; each file defines only the semantic {@code -ops-*} colours. */
public enum Theme {
    LIGHT("/styles/theme-light.css"),
    DARK("/styles/theme-dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public String stylesheet() {
        return stylesheet;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** The theme named by {@code text} (case-insensitive), or {@code fallback}. */
    public static Theme parse(String text, Theme fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
