package dev.clio.console.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console remembers between runs (theme, window bounds, last view, refresh interval), in
 * {@code console.properties} in the user's config directory. A missing or unreadable file means defaults; a failed
 * save is logged, never shown as an error, since nothing the user typed is lost.
 */
public final class ConsolePrefs {

    private static final Logger LOG = LoggerFactory.getLogger(ConsolePrefs.class);

    private final Path file;
    private final Properties values = new Properties();

    private ConsolePrefs(Path file) {
        this.file = file;
    }

    /** The preferences in {@code dir}/console.properties. */
    public static ConsolePrefs load(Path dir) {
        ConsolePrefs prefs = new ConsolePrefs(dir.resolve("console.properties"));
        if (Files.isRegularFile(prefs.file)) {
            try (InputStream in = Files.newInputStream(prefs.file)) {
                prefs.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring unreadable console preferences {}: {}", prefs.file, e.getMessage());
            }
        }
        return prefs;
    }

    /** The user's config directory: CLI_ORCHESTRATOR_CONFIG_DIR, else XDG_CONFIG_HOME or ~/.config, + app name. */
    public static Path configDirectory(Map<String, String> env, Path home) {
        String explicit = env.get("CLI_ORCHESTRATOR_CONFIG_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("cli-orchestrator");
    }

    public Path file() {
        return file;
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** Writes the file atomically (temp file, then move). */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "CLI Orchestrator console preferences");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("could not save console preferences to {}: {}", file, e.getMessage());
        }
    }
}
