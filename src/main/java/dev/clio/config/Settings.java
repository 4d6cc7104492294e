package dev.clio.config;

import dev.clio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective configuration: every known key with its typed value and where it came from. Immutable; made by
 * {@link SettingsLoader}. {@link #toString()} redacts secrets like {@link #show()}.
 */
public final class Settings {

    /** One effective value; {@code value} is null only for an unset optional key ({@code service_port}). */
    record Value(Object value, String text, Source source) {
    }

    private final Map<String, Value> values;
    private final List<Finding> loadWarnings;
    private final Path configFile;
    private final Workspace workspace;

    Settings(Map<String, Value> values, List<Finding> loadWarnings, Path configFile, Workspace workspace) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.loadWarnings = List.copyOf(loadWarnings);
        this.configFile = configFile;
        this.workspace = workspace;
    }

    public Environment environment() {
        return Environment.valueOf(string("environment").toUpperCase(java.util.Locale.ROOT));
    }

    public String serviceName() {
        return string("service_name");
    }

    public String bind() {
        return string("bind");
    }

    /** The API port: {@code port}, or {@code service_port} when only that one is set. */
    public int port() {
        Value servicePort = values.get("service_port");
        boolean onlyServicePort = source("port") == Source.DEFAULT && servicePort.value() != null;
        return (int) (long) (onlyServicePort ? servicePort.value() : values.get("port").value());
    }

    public String databaseUrl() {
        return string("database_url");
    }

    /**
     * The store to open. An empty URL means {@code orchestrator.db} in the workspace; relative SQLite paths are
     * resolved against the workspace (without one, against the config file's directory).
     */
    public DatabaseUrl database() {
        Path base = workspace != null ? workspace.root() : configFile.toAbsolutePath().getParent();
        return DatabaseUrl.parse(databaseUrl(), base.resolve("orchestrator.db"), base);
    }

    public int databasePoolSize() {
        return integer("database_pool_size");
    }

    public int databaseMaxOverflow() {
        return integer("database_max_overflow");
    }

    public String jwtSecret() {
        return string("jwt_secret");
    }

    /** One of TRACE, DEBUG, INFO, WARN, ERROR ({@code WARNING} is read as WARN). */
    public String logLevel() {
        return string("log_level");
    }

    public boolean metricsEnabled() {
        return bool("metrics_enabled");
    }

    /** Budget for workflows whose policy has no {@code max_tokens}; 0 means no limit. */
    public long maxTokensDefault() {
        return (long) values.get("max_tokens_default").value();
    }

    public boolean cacheEnabled() {
        return bool("cache_enabled");
    }

    public Duration cacheTtl() {
        return Duration.ofSeconds(integer("cache_ttl"));
    }

    public long maxWorkflowBytes() {
        return (long) values.get("max_workflow_bytes").value();
    }

    public String anthropicApiKey() {
        return string("anthropic_api_key");
    }

    public String anthropicBaseUrl() {
        return string("anthropic_base_url");
    }

    /** Empty for the adapter's default model. */
    public String anthropicModel() {
        return string("anthropic_model");
    }

    public String openaiApiKey() {
        return string("openai_api_key");
    }

    public String openaiBaseUrl() {
        return string("openai_base_url");
    }

    /** Empty for the adapter's default model. */
    public String openaiModel() {
        return string("openai_model");
    }

    /** {@code anthropic} or {@code openai}. */
    public String aiProvider() {
        return string("ai_provider");
    }

    /** The AI provider settings the adapter registry reads, under their setting names; blank values left out. */
    public Map<String, String> adapterSettings() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : List.of("anthropic_api_key", "anthropic_base_url", "anthropic_model", "openai_api_key",
                "openai_base_url", "openai_model", "ai_provider")) {
            String value = string(key);
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        }
        return values;
    }

    /** The container engine endpoint as configured; empty means DOCKER_HOST, else the default socket. */
    public String dockerHost() {
        return string("docker_host");
    }

    /** The operator identity recorded in the audit log. */
    public String user() {
        return string("user");
    }

    public int asyncPoolSize() {
        return integer("async_pool_size");
    }

    public Duration asyncTimeout() {
        return Duration.ofSeconds(integer("async_timeout"));
    }

    public boolean profilingEnabled() {
        return bool("profiling_enabled");
    }

    public double profilingSampleRate() {
        return (double) values.get("profiling_sample_rate").value();
    }

    /** The typed value of a known key ({@code String}, {@code Long}, {@code Double}, {@code Boolean}), if set. */
    public Optional<Object> value(String key) {
        return Optional.ofNullable(known(key).value());
    }

    public Source source(String key) {
        return known(key).source();
    }

    /** The config file these settings were read from (it may not exist). */
    public Path configFile() {
        return configFile;
    }

    public Optional<Workspace> workspace() {
        return Optional.ofNullable(workspace);
    }

    /** Problems found when loading that did not stop it: unknown variables and file keys. */
    public List<Finding> loadWarnings() {
        return loadWarnings;
    }

    /** Errors and warnings about this configuration, errors first; see {@link SettingsChecks}. */
    public List<Finding> validate() {
        return SettingsChecks.check(this);
    }

    /** Every key's effective value and source, in documentation order, with secrets redacted. */
    public List<ShownSetting> show() {
        List<ShownSetting> shown = new ArrayList<>();
        for (SettingKey key : SettingKeys.all()) {
            Value v = values.get(key.name());
            shown.add(new ShownSetting(key.name(), key.envVar(), Redaction.display(key, v.text()), v.source(),
                    key.secret()));
        }
        return List.copyOf(shown);
    }

    String text(String key) {
        return known(key).text();
    }

    private Value known(String key) {
        Value v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown setting: " + key);
        }
        return v;
    }

    private String string(String key) {
        return (String) values.get(key).value();
    }

    private int integer(String key) {
        return (int) (long) values.get(key).value();
    }

    private boolean bool(String key) {
        return (boolean) values.get(key).value();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Settings[");
        for (ShownSetting s : show()) {
            out.append(s.key()).append('=').append(s.value()).append(" (").append(s.source().label()).append("), ");
        }
        out.setLength(out.length() - 2);
        return out.append(']').toString();
    }
}
