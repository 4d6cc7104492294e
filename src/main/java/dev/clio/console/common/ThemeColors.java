package dev.clio.console.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme's semantic colours as {@link Color} objects, for widgets that take colours rather than CSS (TilesFX tiles,
 * canvases). They are read from a hidden probe node styled by base.css ({@code .ops-theme-probe}), so they are always
 * the looked-up colours the scene really has, whichever theme file is loaded.
 */
public record ThemeColors(Color fg, Color bg, Color ok, Color warn, Color crit, Color stale, Color muted,
        Color accent) {

    /** The light theme's values, used until a scene has been styled. */
    public static final ThemeColors FALLBACK = new ThemeColors(Color.web("#1f2328"), Color.web("#f6f8fa"),
            Color.web("#1a7f37"), Color.web("#9a6700"), Color.web("#cf222e"), Color.web("#8c959f"),
            Color.web("#57606a"), Color.web("#0969da"));

    /** Whether the background is dark, e.g. to pick a tile surface that stands off it. */
    public boolean dark() {
        return bg.getBrightness() < 0.5;
    }

    /**
     * Calls {@code apply} with the colours whenever the host's scene gets (other) stylesheets, e.g. on a theme switch,
     * and once when the host joins a styled scene. UI thread only.
     */
    public static void follow(Pane host, Consumer<ThemeColors> apply) {
        Region probe = new Region();
        probe.getStyleClass().add(Styles.THEME_PROBE);
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        probe.setOpacity(0);
        host.getChildren().add(probe);
        ListChangeListener<String> onSheets = c -> apply.accept(read(probe));
        host.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.getStylesheets().removeListener(onSheets);
            }
            if (now != null) {
                now.getStylesheets().addListener(onSheets);
                apply.accept(read(probe));
            }
        });
        Scene scene = host.getScene();
        if (scene != null) {
            scene.getStylesheets().addListener(onSheets);
            apply.accept(read(probe));
        }
    }

    /** The probe's colours after applying CSS now; the fallback for any the stylesheets do not define. */
    static ThemeColors read(Region probe) {
        probe.applyCss();
        if (probe.getBackground() == null) {
            return FALLBACK;
        }
        List<BackgroundFill> fills = probe.getBackground().getFills();
        if (fills.size() < 8) {
            return FALLBACK;
        }
        return new ThemeColors(color(fills, 0, FALLBACK.fg), color(fills, 1, FALLBACK.bg), color(fills, 2, FALLBACK.ok),
                color(fills, 3, FALLBACK.warn), color(fills, 4, FALLBACK.crit), color(fills, 5, FALLBACK.stale),
                color(fills, 6, FALLBACK.muted), color(fills, 7, FALLBACK.accent));
    }

    private static Color color(List<BackgroundFill> fills, int index, Color fallback) {
        Paint paint = fills.get(index).getFill();
        return paint instanceof Color c ? c : fallback;
    }
}
