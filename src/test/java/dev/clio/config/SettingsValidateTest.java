package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsValidateTest {

    private static final String STRONG = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path tmp;
    Workspace ws;

    @BeforeEach
    void workspace() throws IOException {
        ws = new Workspace(tmp);
        Files.createDirectories(ws.config());
        Files.createDirectories(ws.schemas());
    }

    private List<Finding> validate(String... env) throws SettingsException {
        Map<String, String> vars = new HashMap<>();
        vars.put("CLI_ORCHESTRATOR_ANTHROPIC_API_KEY", "sk-test");
        for (int i = 0; i < env.length; i += 2) {
            vars.put("CLI_ORCHESTRATOR_" + env[i], env[i + 1]);
        }
        return SettingsLoader.forWorkspace(ws).withEnvironment(vars).load().validate();
    }

    private static List<String> messages(List<Finding> findings, Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
    }

    @Test
    void theDefaultsOfADevelopmentWorkspaceAreClean() throws SettingsException {
        assertThat(validate()).isEmpty();
    }

    @Test
    void theDevelopmentSecretInProductionIsAnError() throws SettingsException {
        List<Finding> findings = validate("ENVIRONMENT", "production", "DATABASE_URL", "postgresql://u@db/x");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.key()).isEqualTo("jwt_secret");
            assertThat(f.toLine()).isEqualTo("error: JWT secret must be changed in production: set"
                    + " CLI_ORCHESTRATOR_JWT_SECRET to a random value of at least 32 characters");
        });
        assertThat(validate("ENVIRONMENT", "production", "DATABASE_URL", "postgresql://u@db/x", "JWT_SECRET",
                STRONG)).isEmpty();
    }

    @Test
    void aShortSecretIsAWarning() throws SettingsException {
        assertThat(messages(validate("JWT_SECRET", "short"), Finding.Severity.WARNING))
                .containsExactly("jwt_secret has 5 characters; use at least 32 for HS256");
    }

    @Test
    void privilegedPortsAreErrorsAsInTheOriginal() throws SettingsException {
        assertThat(messages(validate("PORT", "80", "SERVICE_PORT", "443"), Finding.Severity.ERROR)).containsExactly(
                "Port 80 must be between 1024 and 65535 (port)",
                "Port 443 must be between 1024 and 65535 (service_port)");
        assertThat(validate("PORT", "1024")).isEmpty();
    }

    @Test
    void conflictingPortAndServicePortIsAWarning() throws SettingsException {
        assertThat(messages(validate("PORT", "8081", "SERVICE_PORT", "8082"), Finding.Severity.WARNING))
                .containsExactly("service_port 8082 is ignored because port is set to 8081; remove one of them");
    }

    @Test
    void aMissingSchemaDirectoryIsAnError() throws Exception {
        Files.delete(ws.schemas());
        assertThat(messages(validate(), Finding.Severity.ERROR)).containsExactly("Schema directory not found: "
                + ws.schemas() + "; run: cli-orchestrator init " + ws.root());
    }

    @Test
    void listeningBeyondLoopbackWithTheDevelopmentSecretIsAWarning() throws SettingsException {
        assertThat(messages(validate("BIND", "0.0.0.0"), Finding.Severity.WARNING)).singleElement().asString()
                .startsWith("the API listens on 0.0.0.0, beyond this machine");
        assertThat(validate("BIND", "::1")).isEmpty();
        assertThat(validate("BIND", "localhost")).isEmpty();
        assertThat(validate("BIND", "0.0.0.0", "JWT_SECRET", STRONG)).isEmpty();
    }

    @Test
    void productionOnSqliteIsAWarning() throws SettingsException {
        assertThat(messages(validate("ENVIRONMENT", "production", "JWT_SECRET", STRONG), Finding.Severity.WARNING))
                .singleElement().asString().startsWith("production uses the embedded SQLite store");
    }

    @Test
    void theChosenAiProviderWithoutAKeyIsAWarning() throws SettingsException {
        assertThat(messages(validate("AI_PROVIDER", "openai"), Finding.Severity.WARNING)).containsExactly(
                "ai_provider is openai but no API key is set; AI steps will fail until"
                        + " CLI_ORCHESTRATOR_OPENAI_API_KEY is set");
    }

    @Test
    void aSecretInAWorldReadableConfigFileIsAWarning() throws Exception {
        Path config = Files.writeString(ws.config().resolve("orchestrator.yaml"), "jwt_secret: " + STRONG + "\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(messages(validate(), Finding.Severity.WARNING)).containsExactly(config
                + " holds a secret and is readable by other users; run: chmod 600 " + config);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        assertThat(validate()).isEmpty();
    }

    @Test
    void errorsComeBeforeWarnings() throws SettingsException {
        List<Finding> findings = validate("ENVIRONMENT", "production", "PORT", "80", "NOPE", "1");
        assertThat(findings).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo)
                .contains(Finding.Severity.ERROR, Finding.Severity.WARNING);
        assertThat(findings).extracting(Finding::key).contains("CLI_ORCHESTRATOR_NOPE");
    }
}
