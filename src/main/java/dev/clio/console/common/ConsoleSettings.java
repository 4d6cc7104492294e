package dev.clio.console.common;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's settings as observable values, remembered in {@link ConsolePrefs}: the theme, the KPI refresh interval
 * and whether critical alerts beep. Any view may change them; the shell and the feed follow. UI thread only.
 */
public final class ConsoleSettings {

    public static final List<Duration> REFRESH_CHOICES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));
    static final String THEME = "theme";
    static final String REFRESH = "kpi.refresh.seconds";
    static final String SOUND = "alerts.sound";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Duration> refresh = new SimpleObjectProperty<>(this, "refresh");
    private final BooleanProperty alertSound = new SimpleBooleanProperty(this, "alertSound");

    /** @param refreshOverrideOrNull an interval given on the command line wins over the remembered one */
    public ConsoleSettings(ConsolePrefs prefs, Duration refreshOverrideOrNull) {
        theme.set(Theme.parse(prefs.get(THEME, null), Theme.LIGHT));
        double seconds = prefs.getDouble(REFRESH, 1);
        refresh.set(refreshOverrideOrNull != null ? refreshOverrideOrNull
                : Duration.ofMillis((long) (Math.max(0.5, Math.min(300, seconds)) * 1000)));
        alertSound.set(Boolean.parseBoolean(prefs.get(SOUND, "false")));
        theme.addListener((obs, old, now) -> remember(prefs, THEME, now.name().toLowerCase(Locale.ROOT)));
        refresh.addListener((obs, old, now) -> remember(prefs, REFRESH, Double.toString(now.toMillis() / 1000.0)));
        alertSound.addListener((obs, old, now) -> remember(prefs, SOUND, Boolean.toString(now)));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Duration> refreshProperty() {
        return refresh;
    }

    public BooleanProperty alertSoundProperty() {
        return alertSound;
    }

    private static void remember(ConsolePrefs prefs, String key, String value) {
        prefs.put(key, value);
    }
}
