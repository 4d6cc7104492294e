package dev.clio.console.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two consoles on one real server on loopback (an embedded engine served as {@code serve} serves it, real API keys):
 * each sees the other's entries within a few seconds, by polling the timeline from the last seq it read.
 */
class IncidentsSharedTest {

    @TempDir
    Path dir;

    private SecurityGate gate;
    private EmbeddedEngine engine;
    private ApiServer server;
    private final Console alice = new Console();
    private final Console bob = new Console();

    /** One console: its runtime, its serial UI thread and its view model. */
    private static final class Console {
        final ExecutorService ui = Executors.newSingleThreadExecutor();
        TestConsole runtime;
        IncidentsViewModel vm;

        <T> T onUi(Callable<T> call) throws Exception {
            return ui.submit(call).get(10, TimeUnit.SECONDS);
        }

        void run(Runnable r) throws Exception {
            onUi(() -> {
                r.run();
                return null;
            });
        }

        boolean sees(java.util.function.Predicate<TimelineRow> row) throws Exception {
            return onUi(() -> vm.timeline().stream().anyMatch(row));
        }
    }

    @BeforeEach
    void open() throws Exception {
        TestConsole served = TestConsole.embedded(dir.resolve("server"));
        gate = ServerSecurity.open(served.workspace().security());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        dev.clio.ops.RequestStats stats = new dev.clio.ops.RequestStats();
        engine = EmbeddedEngine.open(served.workspace(), EngineOptions.defaults()
                .sharedWithServer(registry, stats, gate));
        server = ApiServer.start(engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).heartbeat(Duration.ofMillis(200)).build());
        served.close();
        for (Console c : new Console[] {alice, bob}) {
            String name = c == alice ? "alice" : "bob";
            c.runtime = TestConsole.embedded(dir.resolve(name), c.ui, Clock.system(ZoneOffset.UTC));
            Session session = remote(name);
            c.run(() -> c.runtime.context().sessions().switchTo(session));
            c.vm = c.onUi(() -> new IncidentsViewModel(c.runtime.context()));
        }
    }

    @AfterEach
    void close() throws Exception {
        for (Console c : new Console[] {alice, bob}) {
            c.run(() -> {
                c.vm.close();
                c.runtime.context().sessions().switchTo(null);
            });
            c.runtime.close();
            c.ui.shutdownNow();
        }
        server.stop();
        engine.close();
        gate.close();
    }

    private Session remote(String who) {
        return remote(who, Role.OPERATOR);
    }

    private Session remote(String who, Role role) {
        String secret = gate.keys().create(role, Duration.ofHours(1), "console " + who,
                Caller.local("test")).secret();
        URI url = URI.create("http://127.0.0.1:" + server.port());
        RemoteOperations ops = RemoteOperations.connect(ApiClientConfig.defaults(url, secret, null)
                .withRetry(RetryPolicy.none()));
        return new Session(who, "staging", "server " + url, ops, null);
    }

    @Test
    void aViewerKeyReadsTheIncidentButItsChangesAreDisabledWithTheReason() throws Exception {
        alice.run(() -> alice.vm.declare("Disk filling", Severity.MEDIUM, ""));
        await().atMost(Duration.ofSeconds(10)).until(() -> alice.vm.selectedProperty().get() != null);
        Session viewer = remote("viewer", Role.VIEWER);
        bob.run(() -> bob.runtime.context().sessions().switchTo(viewer));
        bob.run(bob.vm::shown);
        await().atMost(Duration.ofSeconds(10)).until(() -> bob.vm.disabledReasonProperty().get() != null
                && bob.sees(r -> r.kind() == EventKind.DETECTION));
        assertThat(bob.vm.disabledReasonProperty().get()).isEqualTo(IncidentsViewModel.VIEWER_REASON);
    }

    @Test
    void eachConsoleSeesTheOthersNotesEditsAndPinsWithinSeconds() throws Exception {
        alice.run(() -> alice.vm.declare("Workflows failing", Severity.HIGH, "half the runs fail"));
        await().atMost(Duration.ofSeconds(10)).until(() -> alice.vm.selectedProperty().get() != null);
        String id = alice.vm.selectedProperty().get().id();
        alice.run(alice.vm::shown);
        bob.run(bob.vm::shown);
        await().atMost(Duration.ofSeconds(10)).until(() -> bob.sees(r -> r.kind() == EventKind.DETECTION));
        assertThat(bob.vm.selectedProperty().get().id()).isEqualTo(id);

        alice.run(() -> alice.vm.writes().addNote("restarted the worker"));
        await().atMost(Duration.ofSeconds(6)).until(() -> bob.sees(r -> r.note()
                && r.text().equals("restarted the worker")));
        TimelineRow note = bob.onUi(() -> bob.vm.timeline().stream().filter(TimelineRow::note).findFirst()
                .orElseThrow());
        String aliceActor = bob.onUi(() -> bob.vm.timeline().get(0).actor());
        assertThat(note.actor()).as("the server names the caller by key").isEqualTo(aliceActor).startsWith("key:");

        bob.run(() -> bob.vm.writes().editNote(note.seq(), "restarted the worker twice"));
        await().atMost(Duration.ofSeconds(6)).until(() -> alice.sees(r -> r.note()
                && r.text().startsWith("restarted the worker twice") && r.history().equals("was: restarted the worker")));
        assertThat(alice.onUi(() -> alice.vm.timeline().stream().filter(r -> r.kind() == EventKind.NOTE_EDIT)
                .findFirst().orElseThrow().actor())).as("the edit is bob's").isNotEqualTo(aliceActor);
        bob.run(() -> bob.vm.writes().pin(note.seq(), true));
        // a pin adds no entry: alice's console sees the revision move and reads the timeline again
        await().atMost(Duration.ofSeconds(6)).until(() -> alice.sees(r -> r.seq() == note.seq() && r.pinned()));
        assertThat(alice.onUi(() -> alice.vm.timeline().stream().map(TimelineRow::seq).toList()))
                .as("no entry twice after the reload").doesNotHaveDuplicates();
    }
}
