package dev.clio.ops.embedded;

import dev.clio.config.Finding;
import dev.clio.config.Settings;
import dev.clio.config.SettingsException;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.util.List;

/** {@code config}: show (secrets redacted), validate, and set one key in the workspace's config file. */
final class ConfigCalls {

    /** Settings read once when the engine opens its store, adapters and listener. */
    private static final java.util.regex.Pattern RESTART_KEYS = java.util.regex.Pattern.compile(
            "database_.*|anthropic_.*|openai_.*|ai_provider|bind|port|service_port|jwt_secret|log_level");

    private final EmbeddedEngine engine;

    ConfigCalls(EmbeddedEngine engine) {
        this.engine = engine;
    }

    /** The effective settings as of now (the file is re-read, so an edit by hand shows at once). */
    List<Resources.ConfigEntry> show() {
        return engine.reloadSettings().show().stream().map(s -> new Resources.ConfigEntry(s.key(), s.value(),
                s.source().label(), s.secret())).toList();
    }

    /** Errors then warnings; a configuration that does not even load is reported as errors, not thrown. */
    List<Resources.ConfigFinding> validate() {
        Settings settings;
        try {
            settings = engine.loader().load();
        } catch (SettingsException e) {
            return e.problems().stream().map(p -> new Resources.ConfigFinding("error", key(p), p)).toList();
        }
        return settings.validate().stream().map(ConfigCalls::finding).toList();
    }

    Resources.ActionResult set(String key, String value) {
        if (key == null || key.isBlank()) {
            throw OpsException.invalid("key: required, e.g. max_tokens_default");
        }
        if (value == null) {
            throw OpsException.invalid("value: required");
        }
        Settings updated;
        try {
            updated = engine.loader().set(key.strip(), value);
        } catch (SettingsException e) {
            throw OpsException.invalid(e.getMessage());
        }
        engine.reloadSettings();
        String source = updated.source(key.strip()).label();
        String note = "env".equals(source) ? "; the environment variable for it still wins until it is unset" : "";
        if (RESTART_KEYS.matcher(key.strip()).matches()) {
            note += "; it takes effect when the engine (serve, the console) is started again";
        }
        return new Resources.ActionResult("config.set", true, key.strip() + " set in " + updated.configFile() + note);
    }

    private static Resources.ConfigFinding finding(Finding f) {
        return new Resources.ConfigFinding(f.severity().label(), f.key(), f.message());
    }

    /** A load problem starts with the key it is about ({@code port: ...}). */
    private static String key(String problem) {
        int colon = problem.indexOf(':');
        return colon > 0 && problem.substring(0, colon).matches("[a-z_]+") ? problem.substring(0, colon) : "";
    }
}
