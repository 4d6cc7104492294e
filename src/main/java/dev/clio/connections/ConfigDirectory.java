package dev.clio.connections;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The user's configuration directory of the product, where saved connections live. First that is set and absolute:
 * the system property {@value #PROPERTY}, the variable {@value #VARIABLE} (both for tests and unusual setups),
 * {@code $XDG_CONFIG_HOME/cli-orchestrator}, else {@code ~/.config/cli-orchestrator}.
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "cli-orchestrator.config.dir";
    public static final String VARIABLE = "CLI_ORCHESTRATOR_CONFIG_DIR";
    private static final String APP_DIR = "cli-orchestrator";

    private ConfigDirectory() {
    }

    /** The directory for this process's properties, environment and home. */
    public static Path forUser() {
        return resolve(System::getProperty, System::getenv, Path.of(System.getProperty("user.home")));
    }

    /** The directory from this environment (the CLI passes its own, so tests stay hermetic). */
    public static Path fromEnvironment(UnaryOperator<String> env) {
        return resolve(System::getProperty, env, Path.of(System.getProperty("user.home")));
    }

    static Path resolve(UnaryOperator<String> properties, UnaryOperator<String> env, Path home) {
        Path explicit = absolute(properties.apply(PROPERTY));
        if (explicit == null) {
            explicit = absolute(env.apply(VARIABLE));
        }
        if (explicit != null) {
            return explicit;
        }
        // the XDG base directory specification says to ignore a relative value
        Path xdg = absolute(env.apply("XDG_CONFIG_HOME"));
        Path base = xdg != null ? xdg : home.resolve(".config");
        return base.resolve(APP_DIR).toAbsolutePath().normalize();
    }

    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path p = Path.of(value.strip());
        return p.isAbsolute() ? p.normalize() : null;
    }
}
