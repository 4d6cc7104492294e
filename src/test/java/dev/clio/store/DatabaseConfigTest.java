package dev.clio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseConfigTest {

    private static final String SECRET = "s3cr@t/pw";

    @Test
    void theRunbookUrlBecomesAJdbcUrlWithSeparateCredentials() {
        DatabaseConfig config = DatabaseConfig.parse(
                "postgresql://cli_user:s3cr%40t%2Fpw@db.internal:6543/cli_orchestrator?schema=clio", null);

        assertThat(config.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/cli_orchestrator"
                + "?ApplicationName=cli-orchestrator&connectTimeout=5&currentSchema=clio");
        assertThat(config.user()).isEqualTo("cli_user");
        assertThat(config.password()).isEqualTo(SECRET);
        assertThat(config.schema()).isEqualTo("clio");
        assertThat(config.pool()).isEqualTo(PoolSettings.DEFAULT);
    }

    @Test
    void portDefaultsTo5432AndPasswordAndSchemaAreOptional() {
        DatabaseConfig config = DatabaseConfig.parse("postgres://root@localhost/test", null);

        assertThat(config.jdbcUrl()).startsWith("jdbc:postgresql://localhost:5432/test?");
        assertThat(config.user()).isEqualTo("root");
        assertThat(config.password()).isNull();
        assertThat(config.schema()).isNull();
    }

    @Test
    void hostsMayHaveUnderscoresOrBeIpv6Literals() {
        assertThat(DatabaseConfig.parse("postgresql://u@cli_postgres/db", null).jdbcUrl())
                .startsWith("jdbc:postgresql://cli_postgres:5432/db?");
        assertThat(DatabaseConfig.parse("postgresql://u@[::1]:6000/db?sslmode=require", null).jdbcUrl())
                .startsWith("jdbc:postgresql://[::1]:6000/db?").endsWith("&sslmode=require");
    }

    @Test
    void thePasswordNeverAppearsInDescriptions() {
        DatabaseConfig config = DatabaseConfig.parse("postgresql://cli_user:s3cr%40t%2Fpw@db:5432/app", null);

        assertThat(config.describe()).isEqualTo("PostgreSQL cli_user@db:5432/app");
        assertThat(config.toString()).doesNotContain("s3cr").doesNotContain(SECRET);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://u:hunter2@host:5432/                 | no database name after the host",
        "postgresql://u:hunter2@/db                         | no host",
        "postgresql://u:hunter2@host/db?schema=a;drop       | is not a plain identifier",
        "postgresql://u:hunter2@host/db?pool=5              | unsupported parameter 'pool'",
        "postgresql://u:hunter2@host/db?schema              | has no value",
        "postgresql://u:hun ter2@host/db                    | not a valid URL",
        "mysql://u:hunter2@host/db                          | unsupported database URL 'mysql://u:***@host/db'",
        "postgresql://u:hunter2@host:5432/db/extra          | no database name after the host",
        "postgresql://u:hunter2@host:99999/db               | port '99999' is not a number from 1 to 65535",
        "postgresql://u:hunter2@host:abc/db                 | port 'abc' is not a number",
        "postgresql://u:hunter2@host/db?sslmode=maybe       | sslmode 'maybe' is not one of",
        "postgresql://u:hunt#er2@host/db                    | contains '#'",
        "postgresql://u:hunter2@host/d%3Fb                  | database name 'd?b' has characters"})
    void aMalformedUrlGetsOneClearLineWithoutThePassword(String url, String expected) {
        assertThatThrownBy(() -> DatabaseConfig.parse(url, null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("hun ter2")
                        .doesNotContain("\n"));
    }

    @Test
    void redactionHidesPasswordsWithUnencodedSpecialCharacters() {
        assertThat(PostgresUrl.redact("postgresql://u:p@ss/w@host/db")).isEqualTo("postgresql://u:***@host/db");
        assertThat(PostgresUrl.redact("postgresql://u@host/db")).isEqualTo("postgresql://u@host/db");
    }

    @Test
    void sqliteUrlsNameRelativeOrAbsoluteFiles() {
        assertThat(DatabaseConfig.parse("sqlite:///./workflow_executions.db", null).sqliteFile())
                .isEqualTo(Path.of("workflow_executions.db").toAbsolutePath());
        assertThat(DatabaseConfig.parse("sqlite:////var/lib/clio/o.db", null).sqliteFile())
                .isEqualTo(Path.of("/var/lib/clio/o.db"));
        assertThatThrownBy(() -> DatabaseConfig.parse("sqlite:///", null)).hasMessageContaining("names no file");
    }

    @Test
    void withoutAUrlTheEnvironmentMeansTheWorkspaceSqliteFile() {
        Path file = Path.of("/work/ws/orchestrator.db");

        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of("CLI_ORCHESTRATOR_DATABASE_URL", " "), file);

        assertThat(config.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(config.sqliteFile()).isEqualTo(file);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:sqlite:/work/ws/orchestrator.db");
    }

    @Test
    void poolSizeAndOverflowComeFromTheRunbookVariables() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "CLI_ORCHESTRATOR_DATABASE_URL", "postgresql://u@h/db",
                "DATABASE_POOL_SIZE", "8", "DATABASE_MAX_OVERFLOW", "4"), Path.of("x.db"));

        assertThat(config.pool().minimumIdle()).isEqualTo(8);
        assertThat(config.pool().maximumPoolSize()).isEqualTo(12);
        assertThat(PoolSettings.fromEnvironment(Map.of())).isEqualTo(new PoolSettings(20, 30));
        assertThat(PoolSettings.DEFAULT.maximumPoolSize()).isEqualTo(50);
    }

    @Test
    void badPoolNumbersAreNamed() {
        assertThatThrownBy(() -> PoolSettings.fromEnvironment(Map.of("DATABASE_POOL_SIZE", "many")))
                .isInstanceOf(StoreException.class).hasMessage("DATABASE_POOL_SIZE must be a whole number, got 'many'");
        assertThatThrownBy(() -> PoolSettings.fromEnvironment(Map.of("DATABASE_POOL_SIZE", "0")))
                .hasMessage("DATABASE_POOL_SIZE must be at least 1, got 0");
        assertThatThrownBy(() -> PoolSettings.fromEnvironment(Map.of("DATABASE_MAX_OVERFLOW", "-1")))
                .hasMessage("DATABASE_MAX_OVERFLOW must be 0 or more, got -1");
    }
}
