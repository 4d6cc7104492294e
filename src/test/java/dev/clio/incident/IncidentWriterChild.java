package dev.clio.incident;

import dev.clio.ops.Incidents.OpenRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.store.Database;
import dev.clio.store.DatabaseConfig;
import dev.clio.store.JdbcIncidentStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link IncidentCrashTest}: declares an incident in the SQLite store named by its argument, then
 * adds notes as fast as it can, printing {@code confirmed K SEQ} after each call returned, until it is killed.
 */
public final class IncidentWriterChild {

    private IncidentWriterChild() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Database database = Database.open(DatabaseConfig.sqlite(Path.of(args[0])));
        IncidentService service = new IncidentService(new JdbcIncidentStore(database.dataSource(),
                database.dialect()), Clock.systemUTC());
        String id = service.open(new OpenRequest("crash test", Severity.CRITICAL, null, null, null), "child").id();
        out.println("incident " + id);
        out.flush();
        for (int k = 1; ; k++) {
            long seq = service.note(id, "note " + k, "child").seq();
            out.println("confirmed " + k + " " + seq);
            out.flush();
        }
    }
}
