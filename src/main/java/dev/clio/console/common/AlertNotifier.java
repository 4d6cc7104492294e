package dev.clio.console.common;

import dev.clio.kpi.AlertState;
import dev.clio.kpi.AlertStatus;
import dev.clio.kpi.Severity;
import dev.clio.kpi.ValueFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * Tells the user when a critical alert starts firing: one in-app notification per firing (not per refresh), a
 * desktop notification where the desktop has a service for it, and a beep when {@value #PREF_SOUND} is
 * {@code true}. A firing that starts while its alert is silenced raises nothing (that is what a silence is for).
 * Listens on the UI thread; the desktop is detected and called on the IO executor, so a slow {@code notify-send}
 * never holds up the window.
 */
public final class AlertNotifier implements AutoCloseable {

    /** Preference: {@code true} to beep with each critical notification (default off). */
    public static final String PREF_SOUND = "alerts.sound";

    private final Notifications notifications;
    private final Supplier<DesktopNotifier> detect;
    private final ConsolePrefs prefs;
    private final Executor io;
    private final Map<String, java.time.Instant> notified = new HashMap<>();
    private volatile DesktopNotifier desktop;

    /**
     * @param detect finds the desktop's notifier; called once, on {@code io}, at the first critical alert
     */
    public AlertNotifier(ObservableValue<KpiFeed.Update> updates, Notifications notifications,
            Supplier<DesktopNotifier> detect, ConsolePrefs prefs, Executor io) {
        this.notifications = notifications;
        this.detect = detect;
        this.prefs = prefs;
        this.io = io;
        updates.addListener((obs, old, now) -> {
            if (now != null) {
                onUpdate(now);
            }
        });
    }

    /** One refresh, on the UI thread. */
    void onUpdate(KpiFeed.Update update) {
        for (AlertStatus a : update.snapshot().alerts()) {
            String id = a.rule().id();
            if (a.state() != AlertState.FIRING || a.rule().severity() != Severity.CRITICAL) {
                notified.remove(id);
            } else if (!a.firedAt().equals(notified.get(id))) {
                notified.put(id, a.firedAt());
                if (!a.silenced()) {
                    raise(a);
                }
            }
        }
    }

    private void raise(AlertStatus a) {
        String title = "Critical alert: " + a.rule().title();
        String text = "Firing: " + a.reason() + ". Respond within " + ValueFormat.duration(a.rule().responseTarget())
                + (a.rule().runbook().isBlank() ? "" : " (runbook: " + a.rule().runbook() + ")") + ".";
        notifications.post(new Notifications.Notice(a.firedAt(), title, text, true));
        boolean sound = Boolean.parseBoolean(prefs.get(PREF_SOUND, "false"));
        io.execute(() -> {
            DesktopNotifier d = desktop();
            d.show(title, text);
            if (sound && d.audible()) {
                java.awt.Toolkit.getDefaultToolkit().beep();
            }
        });
    }

    private DesktopNotifier desktop() {
        DesktopNotifier d = desktop;
        if (d == null) {
            synchronized (this) {
                if (desktop == null) {
                    desktop = detect.get();
                }
                d = desktop;
            }
        }
        return d;
    }

    @Override
    public void close() {
        DesktopNotifier d = desktop;
        if (d != null) {
            d.close();
        }
    }
}
