package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsShowTest {

    @TempDir
    Path tmp;

    private Settings load(String fileYaml, Map<String, String> env) throws Exception {
        Workspace ws = new Workspace(tmp);
        Files.createDirectories(ws.config());
        Files.writeString(ws.config().resolve("orchestrator.yaml"), fileYaml);
        return SettingsLoader.forWorkspace(ws).withEnvironment(env).load();
    }

    private static Map<String, ShownSetting> byKey(Settings s) {
        return s.show().stream().collect(Collectors.toMap(ShownSetting::key, Function.identity()));
    }

    @Test
    void showsEveryKeyInOrderWithItsSourceAndVariable() throws Exception {
        Settings s = load("log_level: DEBUG\n", Map.of("CLI_ORCHESTRATOR_PORT", "9001"));
        assertThat(s.show()).extracting(ShownSetting::key)
                .containsExactlyElementsOf(SettingKeys.all().stream().map(SettingKey::name).toList());
        Map<String, ShownSetting> shown = byKey(s);
        assertThat(shown.get("port")).isEqualTo(new ShownSetting("port", "CLI_ORCHESTRATOR_PORT", "9001", Source.ENV,
                false));
        assertThat(shown.get("log_level").source()).isEqualTo(Source.FILE);
        assertThat(shown.get("environment").value()).isEqualTo("development");
        assertThat(shown.get("service_port").value()).isEmpty();
    }

    @Test
    void secretsAreRedactedWhereverTheyComeFrom() throws Exception {
        String password = "s3cr%40t+pw";
        Settings s = load("openai_api_key: sk-file-key-123\n", Map.of(
                "CLI_ORCHESTRATOR_JWT_SECRET", "env-secret-value-that-is-long-enough",
                "CLI_ORCHESTRATOR_DATABASE_URL", "postgresql://bob:" + password + "@db.internal:5433/orch"));
        Map<String, ShownSetting> shown = byKey(s);

        assertThat(shown.get("jwt_secret").value()).isEqualTo("********");
        assertThat(shown.get("jwt_secret").secret()).isTrue();
        assertThat(shown.get("openai_api_key").value()).isEqualTo("********");
        assertThat(shown.get("openai_api_key").source()).isEqualTo(Source.FILE);
        assertThat(shown.get("anthropic_api_key").value()).isEmpty();
        assertThat(shown.get("database_url").value()).isEqualTo("postgresql://bob:****@db.internal:5433/orch");
        assertThat(s.toString()).doesNotContain("env-secret-value", "sk-file-key", "s3cr").contains("port=8080");
        assertThat(s.database().password()).isEqualTo("s3cr@t+pw");
        assertThat(s.database().toString()).doesNotContain("s3cr");
    }

    @Test
    void passwordsInQueryParametersAreRedactedToo() {
        assertThat(DatabaseUrl.redact("postgresql://db/x?user=a&password=hunter2&ssl=true"))
                .isEqualTo("postgresql://db/x?user=a&password=****&ssl=true");
        assertThat(DatabaseUrl.redact("postgresql://bob@db/x")).isEqualTo("postgresql://bob@db/x");
    }

    @Test
    void aRejectedValueNeverEchoesAPassword() {
        assertThatThrownBy(() -> load("", Map.of("CLI_ORCHESTRATOR_DATABASE_URL", "mysql://bob:hunter2@db/x")))
                .hasMessageStartingWith("CLI_ORCHESTRATOR_DATABASE_URL=\"mysql://bob:****@db/x\" is not valid")
                .hasMessageNotContaining("hunter2");
    }
}
