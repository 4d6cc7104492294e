package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @TempDir
    Path tmp;
    Workspace ws;

    @BeforeEach
    void workspace() throws IOException {
        ws = new Workspace(tmp);
        Files.createDirectories(ws.config());
    }

    private Settings load(Map<String, String> env) throws SettingsException {
        return SettingsLoader.forWorkspace(ws).withEnvironment(env).load();
    }

    private void file(String yaml) throws IOException {
        Files.writeString(ws.config().resolve("orchestrator.yaml"), yaml);
    }

    @Test
    void withoutFileOrVariablesEverythingIsADefault() throws SettingsException {
        Settings s = load(Map.of());
        assertThat(s.environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(s.serviceName()).isEqualTo("cli-orchestrator");
        assertThat(s.bind()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.jwtSecret()).isEqualTo("cli-orchestrator-dev-secret");
        assertThat(s.maxTokensDefault()).isEqualTo(200_000L);
        assertThat(s.cacheTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(s.maxWorkflowBytes()).isEqualTo(1_048_576L);
        assertThat(s.databasePoolSize()).isEqualTo(20);
        assertThat(s.databaseMaxOverflow()).isEqualTo(30);
        assertThat(s.anthropicBaseUrl()).isEqualTo("https://api.anthropic.com");
        assertThat(s.aiProvider()).isEqualTo("anthropic");
        assertThat(s.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(s.profilingSampleRate()).isEqualTo(0.1);
        assertThat(s.database().kind()).isEqualTo(DatabaseUrl.Kind.SQLITE);
        assertThat(s.database().sqliteFile()).isEqualTo(ws.database());
        assertThat(SettingKeys.all()).allSatisfy(k -> assertThat(s.source(k.name())).isEqualTo(Source.DEFAULT));
        assertThat(s.loadWarnings()).isEmpty();
    }

    @Test
    void variablesWinOverTheFileWhichWinsOverDefaults() throws Exception {
        file("port: 9000\nlog_level: debug\nmetrics_enabled: no\n");
        Settings s = load(Map.of("CLI_ORCHESTRATOR_PORT", "9100", "CLI_ORCHESTRATOR_CACHE_ENABLED", "false"));

        assertThat(s.port()).isEqualTo(9100);
        assertThat(s.source("port")).isEqualTo(Source.ENV);
        assertThat(s.logLevel()).isEqualTo("DEBUG");
        assertThat(s.source("log_level")).isEqualTo(Source.FILE);
        assertThat(s.metricsEnabled()).isFalse();
        assertThat(s.cacheEnabled()).isFalse();
        assertThat(s.source("cache_enabled")).isEqualTo(Source.ENV);
        assertThat(s.serviceName()).isEqualTo("cli-orchestrator");
        assertThat(s.source("service_name")).isEqualTo(Source.DEFAULT);
    }

    @Test
    void anEmptyVariableCountsAsUnset() throws Exception {
        file("port: 9000\n");
        Settings s = load(Map.of("CLI_ORCHESTRATOR_PORT", "", "CLI_ORCHESTRATOR_JWT_SECRET", "  "));
        assertThat(s.port()).isEqualTo(9000);
        assertThat(s.source("jwt_secret")).isEqualTo(Source.DEFAULT);
    }

    @Test
    void valuesAreParsedLeniently() throws Exception {
        Settings s = load(Map.of("CLI_ORCHESTRATOR_ENVIRONMENT", "Production", "CLI_ORCHESTRATOR_LOG_LEVEL",
                "warning", "CLI_ORCHESTRATOR_PROFILING_ENABLED", "YES", "CLI_ORCHESTRATOR_PROFILING_SAMPLE_RATE",
                " 0.25 ", "CLI_ORCHESTRATOR_AI_PROVIDER", "OpenAI"));
        assertThat(s.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(s.logLevel()).isEqualTo("WARN");
        assertThat(s.profilingEnabled()).isTrue();
        assertThat(s.profilingSampleRate()).isEqualTo(0.25);
        assertThat(s.aiProvider()).isEqualTo("openai");
    }

    @Test
    void aBadVariableIsAClearOneLineError() {
        assertThatThrownBy(() -> load(Map.of("CLI_ORCHESTRATOR_PORT", "80x")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("CLI_ORCHESTRATOR_PORT=\"80x\" is not valid: expected an integer from 1 to 65535");
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThatThrownBy(() -> load(Map.of("CLI_ORCHESTRATOR_CACHE_TTL", "-1", "CLI_ORCHESTRATOR_ENVIRONMENT",
                "prod")))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.problems()).containsExactly(
                        "CLI_ORCHESTRATOR_ENVIRONMENT=\"prod\" is not valid: expected one of development, staging,"
                                + " production",
                        "CLI_ORCHESTRATOR_CACHE_TTL=\"-1\" is not valid: expected an integer from 0 to 31536000"))
                .hasMessageContaining("; ");
    }

    @Test
    void aBadFileValueNamesTheFileAndKey() throws IOException {
        file("metrics_enabled: maybe\n");
        Path config = ws.config().resolve("orchestrator.yaml");
        assertThatThrownBy(() -> load(Map.of()))
                .hasMessage(config + ": metrics_enabled: \"maybe\" is not valid: expected true or false");
    }

    @Test
    void aBadVariableIsAnErrorEvenWhenTheFileHasAGoodValue() throws IOException {
        file("port: 9000\n");
        assertThatThrownBy(() -> load(Map.of("CLI_ORCHESTRATOR_PORT", "0"))).hasMessageStartingWith(
                "CLI_ORCHESTRATOR_PORT=\"0\"");
    }

    @Test
    void malformedFilesAreOneLineErrors() throws IOException {
        Path config = ws.config().resolve("orchestrator.yaml");
        file("port: [1, 2\n");
        assertThatThrownBy(() -> load(Map.of())).isInstanceOf(SettingsException.class)
                .hasMessageStartingWith(config + ": line ").hasMessageContaining("not valid YAML");
        file("port: 1\nport: 2\n");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("Duplicate field 'port'");
        file("- port\n");
        assertThatThrownBy(() -> load(Map.of())).hasMessage(config
                + ": must be a mapping of keys to values, like 'port: 8080'");
        file("port:\n  value: 1\n");
        assertThatThrownBy(() -> load(Map.of())).hasMessage(config
                + ": port must be a single value, not a list or mapping");
    }

    @Test
    void anEmptyOrCommentOnlyFileIsAllDefaults() throws Exception {
        file("# nothing here yet\n");
        assertThat(load(Map.of()).port()).isEqualTo(8080);
        file("");
        assertThat(load(Map.of()).port()).isEqualTo(8080);
    }

    @Test
    void anExplicitFileMustExist() {
        Path missing = tmp.resolve("nope.yaml");
        assertThatThrownBy(() -> SettingsLoader.forFile(missing, null).withEnvironment(Map.of()).load())
                .hasMessage("config file not found: " + missing);
    }

    @Test
    void anExplicitFileIsReadAndItsDirectoryAnchorsTheSqliteStore() throws Exception {
        Path config = Files.writeString(tmp.resolve("custom.yaml"), "database_url: \"sqlite:///data/o.db\"\n");
        Settings s = SettingsLoader.forFile(config, null).withEnvironment(Map.of()).load();
        assertThat(s.source("database_url")).isEqualTo(Source.FILE);
        assertThat(s.database().sqliteFile()).isEqualTo(tmp.resolve("data/o.db"));
        assertThat(s.workspace()).isEmpty();
    }

    @Test
    void unknownVariablesAreWarningsWithSuggestionsNeverACrash() throws Exception {
        Settings s = load(Map.of("CLI_ORCHESTRATOR_ENV", "development", "CLI_ORCHESTRATOR_PROT", "1",
                "CLI_ORCHESTRATOR_REDIS_URL", "redis://x", "PATH", "/bin", "ORCHESTRATOR_PORT", "1",
                "CLI_ORCHESTRATOR_CONFIG_DIR", "/tmp/connections"));

        assertThat(s.loadWarnings()).extracting(Finding::message).containsExactly(
                "unknown variable CLI_ORCHESTRATOR_ENV ignored; did you mean CLI_ORCHESTRATOR_ENVIRONMENT?",
                "unknown variable CLI_ORCHESTRATOR_PROT ignored; did you mean CLI_ORCHESTRATOR_PORT?",
                "unknown variable CLI_ORCHESTRATOR_REDIS_URL ignored");
        assertThat(s.loadWarnings()).allMatch(f -> f.severity() == Finding.Severity.WARNING);
        assertThat(s.validate()).containsAll(s.loadWarnings());
    }

    @Test
    void theRunbooksVariablesAreAllKnown() throws Exception {
        Settings s = load(Map.of("CLI_ORCHESTRATOR_SERVICE_PORT", "8081", "CLI_ORCHESTRATOR_CACHE_ENABLED", "true",
                "CLI_ORCHESTRATOR_CACHE_TTL", "3600", "CLI_ORCHESTRATOR_ASYNC_POOL_SIZE", "50",
                "CLI_ORCHESTRATOR_ASYNC_TIMEOUT", "30", "CLI_ORCHESTRATOR_PROFILING_ENABLED", "true",
                "CLI_ORCHESTRATOR_PROFILING_SAMPLE_RATE", "0.1", "CLI_ORCHESTRATOR_MAX_TOKENS_DEFAULT", "200000"));
        assertThat(s.loadWarnings()).isEmpty();
        assertThat(s.asyncPoolSize()).isEqualTo(50);
        assertThat(s.asyncTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void servicePortIsUsedOnlyWhenPortIsNotSet() throws Exception {
        assertThat(load(Map.of("CLI_ORCHESTRATOR_SERVICE_PORT", "8081")).port()).isEqualTo(8081);
        assertThat(load(Map.of("CLI_ORCHESTRATOR_SERVICE_PORT", "8081", "CLI_ORCHESTRATOR_PORT", "8082")).port())
                .isEqualTo(8082);
        assertThat(load(Map.of()).value("service_port")).isEmpty();
    }

    @Test
    void unknownFileKeysAreWarnings() throws Exception {
        file("prot: 9000\nredis_url: redis://x\n");
        assertThat(load(Map.of()).loadWarnings()).extracting(Finding::key, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("prot", "unknown key 'prot' in " + ws.config()
                        .resolve("orchestrator.yaml") + " ignored; did you mean 'port'?"),
                org.assertj.core.groups.Tuple.tuple("redis_url", "unknown key 'redis_url' in " + ws.config()
                        .resolve("orchestrator.yaml") + " ignored"));
    }
}
