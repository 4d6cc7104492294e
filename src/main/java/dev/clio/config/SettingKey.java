package dev.clio.config;

import java.util.Locale;

/**
 * One known configuration key.
 *
 * @param name the key in the config file, e.g. {@code database_url}
 * @param defaultText the default as text; null when computed at load time ({@code user}) or absent
 *     ({@code service_port})
 * @param secret never shown, never echoed in messages
 * @param description what the setting does, one sentence
 */
public record SettingKey(String name, ValueType type, String defaultText, boolean secret, String description) {

    static final String ENV_PREFIX = "CLI_ORCHESTRATOR_";

    /** The environment variable that overrides it: {@code CLI_ORCHESTRATOR_DATABASE_URL}. */
    public String envVar() {
        return ENV_PREFIX + name.toUpperCase(Locale.ROOT);
    }
}
