package dev.clio.console;

import dev.clio.console.common.ConsolePrefs;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Window size and position, remembered; a position off every screen (a monitor unplugged) is not restored. */
final class WindowState {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;

    private WindowState() {
    }

    static void restore(Stage stage, ConsolePrefs prefs) {
        stage.setWidth(Math.max(800, prefs.getDouble("window.width", DEFAULT_WIDTH)));
        stage.setHeight(Math.max(560, prefs.getDouble("window.height", DEFAULT_HEIGHT)));
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(prefs.get("window.maximized", "false")));
    }

    static void remember(Stage stage, ConsolePrefs prefs) {
        prefs.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            prefs.put("window.width", Double.toString(stage.getWidth()));
            prefs.put("window.height", Double.toString(stage.getHeight()));
            prefs.put("window.x", Double.toString(stage.getX()));
            prefs.put("window.y", Double.toString(stage.getY()));
        }
    }

    private static boolean visible(double x, double y) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 40)).isEmpty();
    }
}
