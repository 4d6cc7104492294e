package dev.clio.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link Settings#validate()}: those of the original {@code ServiceConfig.validate()} (the
 * development secret in production, port ranges, the schema directory) and a few it lacked.
 */
final class SettingsChecks {

    /** HS256 wants a key of at least 256 bits (RFC 7518, section 3.2). */
    static final int MIN_SECRET_LENGTH = 32;

    private SettingsChecks() {
    }

    static List<Finding> check(Settings s) {
        List<Finding> findings = new ArrayList<>();
        secret(s, findings);
        ports(s, findings);
        schemas(s, findings);
        exposure(s, findings);
        store(s, findings);
        aiProvider(s, findings);
        configFilePermissions(s, findings);
        findings.addAll(s.loadWarnings());
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }

    private static void secret(Settings s, List<Finding> findings) {
        boolean devSecret = SettingKeys.DEV_JWT_SECRET.equals(s.jwtSecret());
        if (devSecret && s.environment() == Environment.PRODUCTION) {
            findings.add(Finding.error("jwt_secret", "JWT secret must be changed in production: set"
                    + " CLI_ORCHESTRATOR_JWT_SECRET to a random value of at least " + MIN_SECRET_LENGTH
                    + " characters"));
        } else if (!devSecret && s.jwtSecret().length() < MIN_SECRET_LENGTH) {
            findings.add(Finding.warning("jwt_secret", "jwt_secret has " + s.jwtSecret().length()
                    + " characters; use at least " + MIN_SECRET_LENGTH + " for HS256"));
        }
    }

    private static void ports(Settings s, List<Finding> findings) {
        for (String key : List.of("port", "service_port")) {
            s.value(key).map(v -> (Long) v).filter(p -> p < 1024).ifPresent(p -> findings.add(Finding.error(key,
                    "Port " + p + " must be between 1024 and 65535 (" + key + ")")));
        }
        if (s.source("port") != Source.DEFAULT && s.value("service_port").isPresent()
                && !s.value("service_port").equals(s.value("port"))) {
            findings.add(Finding.warning("service_port", "service_port " + s.value("service_port").get()
                    + " is ignored because port is set to " + s.port() + "; remove one of them"));
        }
    }

    private static void schemas(Settings s, List<Finding> findings) {
        s.workspace().ifPresent(ws -> {
            if (!Files.isDirectory(ws.schemas())) {
                findings.add(Finding.error("workspace", "Schema directory not found: " + ws.schemas()
                        + "; run: cli-orchestrator init " + ws.root()));
            }
        });
    }

    private static void exposure(Settings s, List<Finding> findings) {
        if (!loopback(s.bind()) && SettingKeys.DEV_JWT_SECRET.equals(s.jwtSecret())
                && s.environment() != Environment.PRODUCTION) {
            findings.add(Finding.warning("bind", "the API listens on " + s.bind()
                    + ", beyond this machine, with the development JWT secret; set CLI_ORCHESTRATOR_JWT_SECRET"));
        }
    }

    private static void store(Settings s, List<Finding> findings) {
        if (s.environment() == Environment.PRODUCTION && s.database().kind() == DatabaseUrl.Kind.SQLITE) {
            findings.add(Finding.warning("database_url", "production uses the embedded SQLite store; set"
                    + " database_url to a postgresql:// URL so several instances share one store"));
        }
    }

    private static void aiProvider(Settings s, List<Finding> findings) {
        boolean anthropic = "anthropic".equals(s.aiProvider());
        String key = anthropic ? s.anthropicApiKey() : s.openaiApiKey();
        if (key.isBlank()) {
            String variable = anthropic ? "CLI_ORCHESTRATOR_ANTHROPIC_API_KEY" : "CLI_ORCHESTRATOR_OPENAI_API_KEY";
            findings.add(Finding.warning("ai_provider", "ai_provider is " + s.aiProvider()
                    + " but no API key is set; AI steps will fail until " + variable + " is set"));
        }
    }

    private static void configFilePermissions(Settings s, List<Finding> findings) {
        boolean secretInFile = SettingKeys.all().stream().filter(SettingKey::secret)
                .anyMatch(k -> s.source(k.name()) == Source.FILE);
        Path file = s.configFile();
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (!secretInFile || view == null || !Files.exists(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> mode = view.readAttributes().permissions();
            if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
                findings.add(Finding.warning("config_file", file + " holds a secret and is readable by other"
                        + " users; run: chmod 600 " + file));
            }
        } catch (java.io.IOException e) {
            findings.add(Finding.warning("config_file", "cannot read the permissions of " + file));
        }
    }

    private static boolean loopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        try {
            // only literal addresses are checked, so this never does a DNS lookup
            return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
