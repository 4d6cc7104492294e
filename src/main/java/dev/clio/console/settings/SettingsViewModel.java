package dev.clio.console.settings;

import dev.clio.console.common.ConsoleSettings;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Settings view's state: the user's settings and what the console is connected to. No controls. */
public final class SettingsViewModel {

    private final ConsoleSettings settings;
    private final Path preferencesFile;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "not connected");

    public SettingsViewModel(ConsoleSettings settings, SessionHolder sessions, Path preferencesFile) {
        this.settings = settings;
        this.preferencesFile = preferencesFile;
        describe(sessions.current());
        sessions.currentProperty().addListener((obs, old, now) -> describe(now));
    }

    // Properties

    public ConsoleSettings settings() {
        return settings;
    }

    public List<Duration> refreshChoices() {
        return ConsoleSettings.REFRESH_CHOICES;
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public String preferencesFile() {
        return preferencesFile.toString();
    }

    // Commands

    public void chooseTheme(Theme theme) {
        settings.themeProperty().set(theme);
    }

    public void chooseRefresh(Duration interval) {
        if (interval != null && !interval.isNegative() && !interval.isZero()) {
            settings.refreshProperty().set(interval);
        }
    }

    public void chooseAlertSound(boolean on) {
        settings.alertSoundProperty().set(on);
    }

    /** How an interval is offered: "every 1 s". */
    public static String label(Duration interval) {
        long millis = interval.toMillis();
        return millis % 1000 == 0 ? "every " + millis / 1000 + " s" : "every " + millis / 1000.0 + " s";
    }

    private void describe(Session session) {
        connection.set(session == null ? "not connected"
                : session.name() + " (" + session.environment() + "): " + session.target());
    }
}
