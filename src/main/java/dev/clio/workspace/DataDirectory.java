package dev.clio.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the orchestrator keeps per-user data (the demo workspace): the platform's user data directory plus
 * {@code cli-orchestrator/}. The one definition, shared by the command line and the console, so both find the same
 * demo workspace.
 */
public final class DataDirectory {

    /** Replaces the platform's user data directory (tests, portable installs). */
    public static final String OVERRIDE_VARIABLE = "CLIO_DATA_DIR";
    /** The same as a system property; wins over the variable. */
    public static final String OVERRIDE_PROPERTY = "clio.data.dir";
    static final String APP_DIR = "cli-orchestrator";

    private DataDirectory() {
    }

    /** The demo workspace of the user running this JVM. */
    public static Path demo() {
        return demo(System.getenv(), System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * {@code <user data>/cli-orchestrator/demo}. The user data directory is the override when set (a relative one is
     * taken from the current directory); else {@code $XDG_DATA_HOME} or {@code ~/.local/share} on Linux and other
     * Unixes (a relative XDG value is ignored, as the XDG base directory specification says),
     * {@code ~/Library/Application Support} on macOS, and {@code %APPDATA%} (else {@code ~/AppData/Roaming}) on
     * Windows.
     *
     * @param propertyOrNull the value of {@link #OVERRIDE_PROPERTY}
     */
    public static Path demo(Map<String, String> env, String propertyOrNull, String osName, Path home) {
        return userData(env, propertyOrNull, osName, home).resolve(APP_DIR).resolve("demo").toAbsolutePath()
                .normalize();
    }

    static Path userData(Map<String, String> env, String propertyOrNull, String osName, Path home) {
        if (present(propertyOrNull)) {
            return Path.of(propertyOrNull.strip());
        }
        String override = env.get(OVERRIDE_VARIABLE);
        if (present(override)) {
            return Path.of(override.strip());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library/Application Support");
        }
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return present(appData) ? Path.of(appData) : home.resolve("AppData/Roaming");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return absolute(xdg) ? Path.of(xdg) : home.resolve(".local/share");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean absolute(String value) {
        return present(value) && Path.of(value).isAbsolute();
    }
}
