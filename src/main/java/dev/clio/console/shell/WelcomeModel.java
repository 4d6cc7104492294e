package dev.clio.console.shell;

import dev.clio.console.common.ConsolePrefs;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the first-run welcome shows: on a profile that never dismissed it. Dismissing is remembered at once in
 * the console preferences, so a crash after "Got it" does not bring it back.
 */
public final class WelcomeModel {

    static final String DISMISSED_KEY = "welcome.dismissed";

    private final ConsolePrefs prefs;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();

    public WelcomeModel(ConsolePrefs prefs) {
        this.prefs = prefs;
        showing.set(!Boolean.parseBoolean(prefs.get(DISMISSED_KEY, "false")));
    }

    // Properties

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    // Commands

    /** Hides the welcome for good on this profile. */
    public void dismiss() {
        prefs.put(DISMISSED_KEY, "true");
        prefs.save();
        showing.set(false);
    }

    /** Hides it for this run only (the screenshot tour, after photographing it). */
    public void hideForNow() {
        showing.set(false);
    }
}
