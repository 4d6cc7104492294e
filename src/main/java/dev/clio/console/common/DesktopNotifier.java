package dev.clio.console.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The desktop's notification service, where there is one: the system tray when Java supports it, else
 * {@code notify-send} on Linux, else nothing. {@link #show} may block (a process, AWT): call it off the UI thread.
 */
public interface DesktopNotifier extends AutoCloseable {

    /** Where there is no desktop (headless, no display, no tray and no notify-send). */
    DesktopNotifier NONE = new DesktopNotifier() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public void show(String title, String text) {
        }
    };

    /** {@code tray}, {@code notify-send} or {@code none}, for logs and tests. */
    String name();

    /** Shows one notification; failures are logged, never thrown. Blocks for at most a few seconds. */
    void show(String title, String text);

    /** Whether the desktop can beep at all. */
    default boolean audible() {
        return this != NONE;
    }

    @Override
    default void close() {
    }

    /**
     * Chooses a notifier for this JVM. Touches AWT (the tray check starts its toolkit), so call it off the UI
     * thread, once.
     */
    static DesktopNotifier detect() {
        boolean headless = java.awt.GraphicsEnvironment.isHeadless();
        boolean tray = !headless && java.awt.SystemTray.isSupported();
        return choose(headless, tray, System.getProperty("os.name", ""), System.getenv("PATH"));
    }

    /** The choice itself, without touching the desktop. */
    static DesktopNotifier choose(boolean headless, boolean traySupported, String osName, String pathOrNull) {
        if (headless) {
            return NONE;
        }
        if (traySupported) {
            return new TrayNotifier();
        }
        if (osName.toLowerCase(Locale.ROOT).contains("linux") && pathOrNull != null) {
            for (String dir : pathOrNull.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    Path exe = Path.of(dir, "notify-send");
                    if (Files.isExecutable(exe)) {
                        return new NotifySendNotifier(exe, NotifySendNotifier.TIMEOUT);
                    }
                }
            }
        }
        return NONE;
    }
}
