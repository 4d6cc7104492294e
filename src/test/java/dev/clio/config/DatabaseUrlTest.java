package dev.clio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    private static final Path WS = Path.of("/srv/ws");

    private static DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url, WS.resolve("orchestrator.db"), WS);
    }

    @Test
    void emptyMeansSqliteInTheWorkspace() {
        DatabaseUrl db = parse("");
        assertThat(db.kind()).isEqualTo(DatabaseUrl.Kind.SQLITE);
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/ws/orchestrator.db");
        assertThat(db.sqliteFile()).isEqualTo(WS.resolve("orchestrator.db"));
    }

    @Test
    void sqliteUrlsResolveRelativePathsAgainstTheWorkspace() {
        assertThat(parse("sqlite:///data/o.db").sqliteFile()).isEqualTo(Path.of("/srv/ws/data/o.db"));
        assertThat(parse("sqlite:////var/lib/o.db").sqliteFile()).isEqualTo(Path.of("/var/lib/o.db"));
        assertThat(parse("sqlite:o.db").sqliteFile()).isEqualTo(Path.of("/srv/ws/o.db"));
        assertThat(parse("jdbc:sqlite:/tmp/x.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
    }

    @Test
    void postgresqlUrlsBecomeJdbcWithTheCredentialsApart() {
        DatabaseUrl db = parse("postgresql://cli_user:p%40ss+w@db.example:6432/cli_orchestrator?sslmode=require");
        assertThat(db.kind()).isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6432/cli_orchestrator?sslmode=require");
        assertThat(db.user()).isEqualTo("cli_user");
        assertThat(db.password()).isEqualTo("p@ss+w");
        assertThat(parse("postgres://u@h/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
        assertThat(parse("postgres://u@h/d").password()).isNull();
    }

    @Test
    void otherUrlsAreRejected() {
        for (String bad : new String[] {"mysql://u@h/d", "postgresql://h", "postgresql:///d", "sqlite:", "x y"}) {
            assertThat(DatabaseUrl.isValid(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> parse("postgresql://h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a PostgreSQL URL needs a host and a database name");
    }

    @Test
    void theTranslatedUrlOpensTheRealPostgresql() throws Exception {
        DatabaseUrl db = parse("postgresql://postgres@127.0.0.1:5432/test");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             ResultSet rs = c.createStatement().executeQuery("select current_database(), current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("test");
            assertThat(rs.getString(2)).isEqualTo("postgres");
        }
    }
}
