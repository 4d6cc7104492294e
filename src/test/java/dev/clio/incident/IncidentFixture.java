package dev.clio.incident;

import dev.clio.store.Database;
import dev.clio.store.DatabaseConfig;
import dev.clio.store.JdbcIncidentStore;
import dev.clio.testing.ManualClock;
import java.nio.file.Path;

/** A real SQLite store in a temporary directory and an incident service over it on a hand-moved clock. */
final class IncidentFixture implements AutoCloseable {

    static final String T0 = "2026-12-02T05:32:27Z";

    final ManualClock clock;
    final Database database;
    final IncidentService service;

    IncidentFixture(Path dir) {
        this(dir, T0);
    }

    IncidentFixture(Path dir, String start) {
        clock = new ManualClock(start);
        database = Database.open(DatabaseConfig.sqlite(dir.resolve("orchestrator.db")));
        service = new IncidentService(new JdbcIncidentStore(database.dataSource(), database.dialect()), clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
