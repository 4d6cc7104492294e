package dev.clio.console.common;

import java.awt.AWTException;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The system tray's balloon; the tray icon is added on the first notification and removed on close. */
final class TrayNotifier implements DesktopNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);
    private TrayIcon icon;

    @Override
    public String name() {
        return "tray";
    }

    @Override
    public synchronized void show(String title, String text) {
        try {
            if (icon == null) {
                URL url = TrayNotifier.class.getResource("/icons/app-32.png");
                Image image = url == null ? new java.awt.image.BufferedImage(16, 16,
                        java.awt.image.BufferedImage.TYPE_INT_ARGB) : Toolkit.getDefaultToolkit().getImage(url);
                icon = new TrayIcon(image, "CLI Orchestrator");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage(title, text, TrayIcon.MessageType.ERROR);
        } catch (AWTException | UnsupportedOperationException | SecurityException e) {
            LOG.warn("could not show a tray notification: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }
}
