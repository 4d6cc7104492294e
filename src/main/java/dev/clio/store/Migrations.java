package dev.clio.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL migrations under {@code db/migration/<dialect>} with Flyway, recording them in the
 * {@code schema_version} table. Idempotent: an up-to-date database is left alone. See
 * {@code docs/decisions/0002-store-migrations.md}.
 */
final class Migrations {

    static final String VERSION_TABLE = "schema_version";

    private Migrations() {
    }

    /** Blocks while another process migrates the same database (PostgreSQL advisory lock, SQLite write lock). */
    static MigrateResult apply(DataSource dataSource, DatabaseConfig config) {
        Flyway flyway = configure(dataSource, config);
        try {
            return flyway.migrate();
        } catch (FlywayException first) {
            if (config.dialect() != Dialect.SQLITE) {
                throw failed(config, first);
            }
            // SQLite has no advisory lock: when two processes create the schema at once, the loser sees the
            // winner's tables. A second pass then finds the history table and has nothing left to do.
            try {
                return flyway.migrate();
            } catch (FlywayException second) {
                throw failed(config, second);
            }
        }
    }

    private static Flyway configure(DataSource dataSource, DatabaseConfig config) {
        var flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(config.dialect().migrationLocation())
                .table(VERSION_TABLE)
                .cleanDisabled(true)
                .validateOnMigrate(true);
        if (config.schema() != null) {
            flyway = flyway.schemas(config.schema()).defaultSchema(config.schema()).createSchemas(true);
        }
        return flyway.load();
    }

    private static StoreException failed(DatabaseConfig config, FlywayException e) {
        return new StoreException("cannot migrate the schema of " + config.describe() + ": "
                + Database.rootMessage(e, config), e);
    }
}
