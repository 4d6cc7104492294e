package dev.clio.config;

import dev.clio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link Settings}: {@code CLI_ORCHESTRATOR_*} environment variables over the config file
 * ({@code config/orchestrator.yaml} in the workspace, or a file given) over the defaults, key by key. Also updates the
 * file. An empty variable counts as unset; unknown variables and file keys are warnings, never errors.
 */
public final class SettingsLoader {

    public static final String FILE_NAME = "orchestrator.yaml";

    private final Path file;
    private final boolean explicitFile;
    private final Workspace workspace;
    private final Map<String, String> env;
    private final String osUser;

    private SettingsLoader(Path file, boolean explicitFile, Workspace workspace, Map<String, String> env,
            String osUser) {
        this.file = file.toAbsolutePath().normalize();
        this.explicitFile = explicitFile;
        this.workspace = workspace;
        this.env = Map.copyOf(env);
        this.osUser = osUser;
    }

    /** Reads {@code config/orchestrator.yaml} of the workspace (defaults when it is missing) and the process env. */
    public static SettingsLoader forWorkspace(Workspace workspace) {
        return new SettingsLoader(workspace.config().resolve(FILE_NAME), false, workspace, System.getenv(),
                System.getProperty("user.name", "unknown"));
    }

    /** Reads the given file, which must exist for {@link #load()}; the workspace may be null. */
    public static SettingsLoader forFile(Path file, Workspace workspaceOrNull) {
        return new SettingsLoader(file, true, workspaceOrNull, System.getenv(),
                System.getProperty("user.name", "unknown"));
    }

    /** The same loader over another environment (tests, or a server started with an explicit env). */
    public SettingsLoader withEnvironment(Map<String, String> environment) {
        return new SettingsLoader(file, explicitFile, workspace, environment, osUser);
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the file and the environment.
     *
     * @throws SettingsException listing every bad value (secrets not echoed), or when the file is unreadable,
     *     malformed, or an explicitly given file does not exist
     */
    public Settings load() throws SettingsException {
        if (explicitFile && !Files.exists(file)) {
            throw SettingsException.of("config file not found: " + file);
        }
        Map<String, Object> fileValues = ConfigFile.read(file);
        List<Finding> warnings = new ArrayList<>(unknownFileKeys(fileValues));
        warnings.addAll(unknownVariables());
        List<String> problems = new ArrayList<>();
        Map<String, Settings.Value> values = new LinkedHashMap<>();
        for (SettingKey key : SettingKeys.all()) {
            resolve(key, fileValues, problems).ifPresent(v -> values.put(key.name(), v));
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new Settings(values, warnings, file, workspace);
    }

    /**
     * Sets one key in the config file, keeping every other key, and returns the reloaded settings (an environment
     * variable for the same key still wins: check {@link Settings#source}).
     *
     * @throws SettingsException for an unknown key, a bad value, or a file that cannot be read or written
     */
    public Settings set(String key, String value) throws SettingsException {
        SettingKey known = SettingKeys.find(key).orElseThrow(() -> SettingsException.of(unknownKey(key)));
        Object typed = known.type().parse(value).orElseThrow(() -> SettingsException.of(
                key + ": \"" + Redaction.echo(known, value) + "\" is not valid: expected " + known.type().expected()));
        Map<String, Object> fileValues = ConfigFile.read(file);
        fileValues.put(key, typed);
        if (!explicitFile) {
            createConfigDirectory();
        }
        ConfigFile.write(file, fileValues);
        return load();
    }

    /** Removes a key from the config file, so the environment or the default applies again. */
    public Settings unset(String key) throws SettingsException {
        SettingKeys.find(key).orElseThrow(() -> SettingsException.of(unknownKey(key)));
        Map<String, Object> fileValues = ConfigFile.read(file);
        if (fileValues.remove(key) != null) {
            ConfigFile.write(file, fileValues);
        }
        return load();
    }

    /** A workspace made before {@code config/} was part of the layout still gets its config file. */
    private void createConfigDirectory() throws SettingsException {
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new SettingsException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Settings.Value> resolve(SettingKey key, Map<String, Object> fileValues, List<String> problems) {
        String fromEnv = env.get(key.envVar());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return parse(key, fromEnv, Source.ENV, key.envVar() + "=\"" + Redaction.echo(key, fromEnv) + "\"",
                    problems);
        }
        Object fromFile = fileValues.get(key.name());
        if (fromFile instanceof Map<?, ?> || fromFile instanceof List<?>) {
            problems.add(file + ": " + key.name() + " must be a single value, not a list or mapping");
            return Optional.empty();
        }
        if (fromFile != null) {
            String text = String.valueOf(fromFile);
            return parse(key, text, Source.FILE,
                    file + ": " + key.name() + ": \"" + Redaction.echo(key, text) + "\"", problems);
        }
        String fallback = "user".equals(key.name()) ? osUser : key.defaultText();
        if (fallback == null) {
            return Optional.of(new Settings.Value(null, "", Source.DEFAULT));
        }
        return parse(key, fallback, Source.DEFAULT, key.name() + " default", problems);
    }

    /** {@code where} names the place and the value, already redacted, for the message. */
    private static Optional<Settings.Value> parse(SettingKey key, String text, Source source, String where,
            List<String> problems) {
        Optional<Object> typed = key.type().parse(text);
        if (typed.isEmpty()) {
            problems.add(where + " is not valid: expected " + key.type().expected());
            return Optional.empty();
        }
        Object value = typed.get();
        return Optional.of(new Settings.Value(value, String.valueOf(value), source));
    }

    private List<Finding> unknownFileKeys(Map<String, Object> fileValues) {
        List<Finding> found = new ArrayList<>();
        for (String name : fileValues.keySet()) {
            if (SettingKeys.find(name).isEmpty()) {
                String hint = SettingKeys.suggest(name).map(s -> "; did you mean '" + s + "'?").orElse("");
                found.add(Finding.warning(name, "unknown key '" + name + "' in " + file + " ignored" + hint));
            }
        }
        return found;
    }

    private List<Finding> unknownVariables() {
        List<Finding> found = new ArrayList<>();
        for (String variable : env.keySet().stream().sorted().toList()) {
            // CLI_ORCHESTRATOR_CONFIG_DIR moves the saved connections (docs/connections.md); it is not a setting
            if (!variable.startsWith(SettingKey.ENV_PREFIX) || variable.equals(SettingKey.ENV_PREFIX + "CONFIG_DIR")) {
                continue;
            }
            String name = variable.substring(SettingKey.ENV_PREFIX.length()).toLowerCase(Locale.ROOT);
            if (SettingKeys.find(name).isEmpty()) {
                String hint = SettingKeys.suggest(name)
                        .map(s -> "; did you mean " + SettingKey.ENV_PREFIX + s.toUpperCase(Locale.ROOT) + "?")
                        .orElse("");
                found.add(Finding.warning(variable, "unknown variable " + variable + " ignored" + hint));
            }
        }
        return found;
    }

    private static String unknownKey(String key) {
        return "unknown key '" + key + "'" + SettingKeys.suggest(key).map(s -> "; did you mean '" + s + "'?")
                .orElse("; see docs/configuration.md for the known keys");
    }
}
