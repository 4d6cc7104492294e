package dev.clio.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.OpenRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.store.Database;
import dev.clio.store.DatabaseConfig;
import dev.clio.store.JdbcIncidentStore;
import dev.clio.store.PostgresTestSchema;
import dev.clio.testing.ManualClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several writers at once, each with its own pool as separate processes would have, on SQLite and on the real
 * PostgreSQL: incidents declared in the same second get distinct ids, and appends to one incident distinct seqs.
 */
class IncidentConcurrencyTest {

    private static final int WRITERS = 6;

    @TempDir
    Path dir;

    @Test
    void sqliteWritersNeverShareAnIdOrASeq() throws Exception {
        DatabaseConfig config = DatabaseConfig.sqlite(dir.resolve("orchestrator.db"));
        race(n -> config);
    }

    @Test
    void postgresWritersNeverShareAnIdOrASeq() throws Exception {
        try (PostgresTestSchema schema = PostgresTestSchema.create()) {
            race(n -> DatabaseConfig.parse(schema.url(), new dev.clio.store.PoolSettings(2, 0)));
        }
    }

    private void race(IntFunction<DatabaseConfig> config) throws Exception {
        List<Database> databases = new ArrayList<>();
        List<IncidentService> services = new ArrayList<>();
        for (int n = 0; n < WRITERS; n++) {
            Database db = Database.open(config.apply(n));
            databases.add(db);
            // the same frozen second for every writer: every declaration collides
            services.add(new IncidentService(new JdbcIncidentStore(db.dataSource(), db.dialect()),
                    new ManualClock(IncidentFixture.T0)));
        }
        try {
            ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
            inParallel(n -> ids.add(services.get(n).open(new OpenRequest("writer " + n, Severity.HIGH, null, null,
                    null), "w" + n).id()));
            assertThat(ids).hasSize(WRITERS).doesNotHaveDuplicates().contains("INC-20261202053227",
                    "INC-20261202053227-" + WRITERS);

            String shared = "INC-20261202053227";
            ConcurrentLinkedQueue<Long> seqs = new ConcurrentLinkedQueue<>();
            inParallel(n -> {
                for (int k = 0; k < 10; k++) {
                    seqs.add(services.get(n).note(shared, "writer " + n + " note " + k, "w" + n).seq());
                }
            });
            assertThat(seqs).hasSize(WRITERS * 10).doesNotHaveDuplicates();
            List<Event> timeline = services.get(0).events(shared, 0, null).events();
            assertThat(timeline).extracting(Event::seq).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, WRITERS * 10 + 1).boxed().toList());
            Incident incident = services.get(0).get(shared);
            assertThat(incident.lastSeq()).isEqualTo(WRITERS * 10 + 1);
        } finally {
            databases.forEach(Database::close);
        }
    }

    private static void inParallel(java.util.function.IntConsumer work) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int n = 0; n < WRITERS; n++) {
            int writer = n;
            threads.add(Thread.ofPlatform().name("writer-" + n).start(() -> {
                try {
                    start.await();
                    work.accept(writer);
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }
}
