package dev.clio.console.overview;

import dev.clio.console.common.ThemeColors;
import dev.clio.kpi.Level;
import javafx.scene.paint.Color;

/** How a level looks besides its word: its icon, and its colour in the current theme. */
final class LevelLook {

    private LevelLook() {
    }

    static String icon(Level level) {
        return switch (level) {
            case OK -> "mdi2c-check-circle-outline";
            case WARNING -> "mdi2a-alert-outline";
            case CRITICAL -> "mdi2a-alert-octagon-outline";
            case STALE -> "mdi2c-clock-alert-outline";
            case NO_DATA -> "mdi2m-minus-circle-outline";
        };
    }

    /** Stale and no data are grey, never green. */
    static Color color(Level level, ThemeColors c) {
        return switch (level) {
            case OK -> c.ok();
            case WARNING -> c.warn();
            case CRITICAL -> c.crit();
            case STALE -> c.stale();
            case NO_DATA -> c.muted();
        };
    }
}
