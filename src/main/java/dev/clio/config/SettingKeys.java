package dev.clio.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every configuration key, with its type, default and meaning: the single source of these facts. */
public final class SettingKeys {

    /** The development secret of the original; refused in production. */
    public static final String DEV_JWT_SECRET = "cli-orchestrator-dev-secret";

    private static final Map<String, SettingKey> KEYS = new LinkedHashMap<>();
    /** Names from the original and its compose files that mean one of ours. */
    private static final Map<String, String> ALIASES = Map.of("env", "environment", "host", "bind",
            "database_pool", "database_pool_size", "secret", "jwt_secret");

    static {
        key("environment", ValueType.choice("development", "staging", "production"), "development",
                "Deployment stage; production refuses the development JWT secret.");
        key("service_name", ValueType.nonEmpty(), "cli-orchestrator", "Name in logs, metrics and /info.");
        key("bind", ValueType.host(), "127.0.0.1", "Address the HTTP API listens on.");
        key("port", ValueType.integer(1, 65535), "8080", "Port the HTTP API listens on.");
        key("service_port", ValueType.integer(1, 65535), null,
                "The runbook's name for port; used only when port is not set.");
        key("database_url", ValueType.databaseUrl(), "",
                "Store: empty for SQLite orchestrator.db in the workspace, or postgresql://user@host:port/db.");
        key("database_pool_size", ValueType.integer(1, 1000), "20", "Connections kept open to PostgreSQL.");
        key("database_max_overflow", ValueType.integer(0, 1000), "30",
                "Extra PostgreSQL connections allowed under load, above the pool size.");
        secret("jwt_secret", ValueType.nonEmpty(), DEV_JWT_SECRET, "HMAC key signing the API's JWT tokens.");
        key("log_level", ValueType.logLevel(), "INFO", "Lowest level written to the logs.");
        key("metrics_enabled", ValueType.bool(), "true", "Serve Prometheus metrics on /metrics.");
        key("max_tokens_default", ValueType.integer(0, 1_000_000_000_000L), "200000",
                "Token budget of a workflow whose policy sets no max_tokens; 0 means no limit.");
        key("cache_enabled", ValueType.bool(), "true", "Reuse cached step results under cache/.");
        key("cache_ttl", ValueType.integer(0, 31_536_000), "3600", "Seconds a cached step result stays valid.");
        key("max_workflow_bytes", ValueType.integer(1, 268_435_456), "1048576",
                "Largest workflow file accepted, in bytes (checked before parsing).");
        secret("anthropic_api_key", ValueType.text(), "", "API key for Anthropic; empty disables that provider.");
        key("anthropic_base_url", ValueType.httpUrl(), "https://api.anthropic.com", "Anthropic API endpoint.");
        key("anthropic_model", ValueType.text(), "", "Anthropic model; empty for the adapter's default.");
        secret("openai_api_key", ValueType.text(), "", "API key for OpenAI; empty disables that provider.");
        key("openai_base_url", ValueType.httpUrl(), "https://api.openai.com",
                "OpenAI (or compatible) API endpoint.");
        key("openai_model", ValueType.text(), "", "OpenAI model; empty for the adapter's default.");
        key("ai_provider", ValueType.choice("anthropic", "openai"), "anthropic",
                "Provider of AI steps that do not name one.");
        key("user", ValueType.nonEmpty(), null, "Operator identity in the audit log; default the OS user.");
        key("async_pool_size", ValueType.integer(1, 1024), "50", "Threads that run steps and calls concurrently.");
        key("async_timeout", ValueType.integer(1, 86_400), "30",
                "Seconds an asynchronous call (an AI request, a remote API call) may take.");
        key("docker_host", ValueType.engineEndpoint(), "",
                "Container engine: unix:///path/to/socket or tcp://host:port; empty for DOCKER_HOST, else "
                        + "unix:///var/run/docker.sock.");
        key("profiling_enabled", ValueType.bool(), "false", "Record per-step timing profiles.");
        key("profiling_sample_rate", ValueType.decimal(0, 1), "0.1", "Fraction of runs profiled (0 to 1).");
    }

    private SettingKeys() {
    }

    /** All keys in documentation order. */
    public static List<SettingKey> all() {
        return List.copyOf(KEYS.values());
    }

    public static Optional<SettingKey> find(String name) {
        return Optional.ofNullable(KEYS.get(name));
    }

    /** The key a mistyped or legacy name most likely meant, if any is close. */
    public static Optional<String> suggest(String name) {
        if (ALIASES.containsKey(name)) {
            return Optional.of(ALIASES.get(name));
        }
        String best = null;
        int bestDistance = 3;
        for (String candidate : KEYS.keySet()) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance; the names are short, so the quadratic table is cheap. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    private static void key(String name, ValueType type, String defaultText, String description) {
        KEYS.put(name, new SettingKey(name, type, defaultText, false, description));
    }

    private static void secret(String name, ValueType type, String defaultText, String description) {
        KEYS.put(name, new SettingKey(name, type, defaultText, true, description));
    }
}
