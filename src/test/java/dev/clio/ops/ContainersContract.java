package dev.clio.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.integrations.docker.EngineEndpoint;
import dev.clio.integrations.docker.TestEngine;
import dev.clio.ops.OpsException.Kind;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container calls of the Operations contract against the real Podman engine: one running ticker (with a compose
 * project label) and one exited container shared by the class; the workspace's {@code docker_host} names the engine.
 */
public abstract class ContainersContract extends OperationsContractBase {

    static final String PROJECT = "clio-contract";
    private static EngineEndpoint endpoint;
    private static TestEngine.Container ticker;
    private static TestEngine.Container exited;

    @BeforeAll
    static void containers() {
        endpoint = TestEngine.endpoint();
        ticker = TestEngine.run(endpoint, "clio-contract-ticker", TestEngine.TICKER, "--label",
                "com.docker.compose.project=" + PROJECT);
        exited = TestEngine.run(endpoint, "clio-contract-exited", "echo bye; exit 0");
        await().atMost(Duration.ofSeconds(20)).until(() -> exited.state().equals("exited"));
    }

    @AfterAll
    static void remove() {
        for (TestEngine.Container c : new TestEngine.Container[] {ticker, exited}) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** The engine with the workspace's {@code docker_host} set to the test engine (a file setting, changeable). */
    protected static EmbeddedEngine withEngineSetting(EmbeddedEngine engine) {
        engine.operations(Caller.local("contract-setup")).setConfig("docker_host", endpoint.url());
        return engine;
    }

    @Override
    protected EmbeddedEngine openEngine(Workspace ws) {
        return withEngineSetting(EmbeddedEngine.open(ws, EngineOptions.defaults()
                .withEnvironment(Map.of(UNKNOWN_VARIABLE, "1"))));
    }

    @Test
    void containersListsRunningAndStoppedOnesWithUptimeAndComposeProject() {
        List<Containers.Container> all = viewer().containers();
        Containers.Container running = find(all, ticker.name());
        assertThat(running.state()).isEqualTo("running");
        assertThat(running.running()).isTrue();
        assertThat(running.image()).contains("busybox");
        assertThat(running.status()).startsWith("Up");
        assertThat(running.uptimeSeconds()).isNotNull().isBetween(0L, 3600L);
        assertThat(running.startedAt()).isNotNull();
        assertThat(running.createdAt()).isNotNull();
        assertThat(running.restartCount()).isGreaterThanOrEqualTo(0);
        assertThat(running.health()).isEqualTo("none");
        assertThat(running.composeProject()).isEqualTo(PROJECT);
        Containers.Container stopped = find(all, exited.name());
        assertThat(stopped.state()).isEqualTo("exited");
        assertThat(stopped.uptimeSeconds()).isNull();
        assertThat(stopped.composeProject()).isNull();
    }

    @Test
    void statsCoverRunningContainersOnly() {
        List<Containers.Stats> stats = viewer().containerStats();
        assertThat(stats).extracting(Containers.Stats::name).contains(ticker.name()).doesNotContain(exited.name());
        Containers.Stats s = stats.stream().filter(x -> x.name().equals(ticker.name())).findFirst().orElseThrow();
        assertThat(s.cpuPercent()).isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(s.memoryUsedBytes()).isPositive();
        assertThat(s.memoryPercent()).isBetween(0.0, 100.0);
        assertThat(s.measuredAt()).isNotNull();
    }

    @Test
    void logsTailSinceAndStreamsAreMarked() {
        await().atMost(Duration.ofSeconds(10)).until(() -> viewer().containerLogs(ticker.name(),
                Containers.LogQuery.tail(6)).size() == 6);
        List<Containers.LogLine> last = viewer().containerLogs(ticker.name(), Containers.LogQuery.tail(4));
        assertThat(last).hasSize(4).allSatisfy(l -> assertThat(l.timestamp()).isNotNull());
        assertThat(last).anySatisfy(l -> assertThat(l.stream()).isEqualTo("stdout"))
                .anySatisfy(l -> assertThat(l.stream()).isEqualTo("stderr"));
        // the engine counts the tail over both streams, then keeps the one asked for
        assertThat(viewer().containerLogs(ticker.name(), new Containers.LogQuery(6, null, false, true)))
                .hasSizeBetween(1, 6).allSatisfy(l -> assertThat(l.text()).matches("err \\d+"));
        assertThat(viewer().containerLogs(ticker.name(), new Containers.LogQuery(5, Instant.now().plusSeconds(600),
                true, true))).isEmpty();
        assertThat(viewer().containerLogs(exited.name(), Containers.LogQuery.tail(0))).extracting(
                Containers.LogLine::text).containsExactly("bye");
        assertKind(Kind.INVALID_REQUEST, () -> viewer().containerLogs(ticker.name(), Containers.LogQuery.tail(20_000)));
        assertKind(Kind.INVALID_REQUEST, () -> viewer().containerLogs("../etc", Containers.LogQuery.tail(1)));
        assertKind(Kind.NOT_FOUND, () -> viewer().containerLogs("clio-no-such-container", Containers.LogQuery.tail(1)));
    }

    @Test
    void streamContainerLogsDeliversNewLinesUntilClosed() {
        List<Containers.LogLine> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Operations.Subscription sub = viewer().streamContainerLogs(ticker.name(),
                new Containers.LogQuery(0, null, true, false), seen::add)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() >= 3);
            assertThat(sub.isOpen()).isTrue();
        }
        assertThat(seen).allSatisfy(l -> {
            assertThat(l.stream()).isEqualTo("stdout");
            assertThat(l.text()).matches("line \\d+");
        });
        int count = seen.size();
        await().pollDelay(Duration.ofMillis(700)).until(() -> true);
        assertThat(seen).hasSize(count);
        assertKind(Kind.NOT_FOUND, () -> viewer().streamContainerLogs("clio-no-such-container",
                Containers.LogQuery.tail(1), l -> { }));
    }

    @Test
    void aFollowedLogEndsWhenItsContainerStops() {
        try (TestEngine.Container source = TestEngine.run(endpoint, "clio-contract-follow", TestEngine.TICKER)) {
            List<Containers.LogLine> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (Operations.Subscription sub = viewer().streamContainerLogs(source.name(), Containers.LogQuery.tail(1),
                    seen::add)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() >= 3);
                source.stop();
                await().atMost(Duration.ofSeconds(10)).until(() -> !sub.isOpen());
            }
            assertThat(seen).anySatisfy(l -> assertThat(l.stream()).isEqualTo("stderr"));
        }
    }

    @Test
    void aViewerMayReadButNotActAndNothingHappens() {
        Instant started = find(viewer().containers(), ticker.name()).startedAt();
        assertKind(Kind.FORBIDDEN, () -> viewer().restartContainer(ticker.name()));
        assertKind(Kind.FORBIDDEN, () -> viewer().stopContainer(ticker.name()));
        assertKind(Kind.FORBIDDEN, () -> viewer().killContainer(ticker.name()));
        assertKind(Kind.FORBIDDEN, () -> viewer().startContainer(exited.name()));
        assertThat(find(viewer().containers(), ticker.name()).startedAt()).isEqualTo(started);
        assertThat(ticker.state()).isEqualTo("running");
    }

    @Test
    void actionsChangeTheContainerAndAreAuditedWithCallerResultAndDuration() {
        Instant before = find(viewer().containers(), ticker.name()).startedAt();
        Resources.ActionResult restarted = operator().restartContainer(ticker.name());
        assertThat(restarted.ok()).isTrue();
        assertThat(restarted.action()).isEqualTo("containers.restart");
        assertThat(restarted.message()).startsWith(ticker.name() + " restarted in ");
        assertThat(find(viewer().containers(), ticker.name()).startedAt()).isAfter(before);
        assertThat(operator().stopContainer(ticker.name()).message()).startsWith(ticker.name() + " stopped");
        assertThat(ticker.state()).isEqualTo("exited");
        assertThat(operator().startContainer(ticker.name()).message()).startsWith(ticker.name() + " started");
        assertThat(ticker.state()).isEqualTo("running");
        assertKind(Kind.CONFLICT, () -> operator().killContainer(exited.name()));
        assertKind(Kind.NOT_FOUND, () -> operator().restartContainer("clio-no-such-container"));
        List<Resources.AuditEntry> audit = viewer().audit(new Resources.AuditQuery(null, null, "containers.", null,
                20));
        assertThat(audit).filteredOn(a -> a.action().equals("containers.restart") && "ok".equals(a.result()))
                .singleElement().satisfies(a -> {
                    assertThat(a.actor()).isEqualTo(actorOf(caller(Role.OPERATOR)));
                    assertThat(a.target()).contains(ticker.name());
                    assertThat(a.durationMs()).isGreaterThanOrEqualTo(0);
                });
        assertThat(audit).extracting(Resources.AuditEntry::action).contains("containers.stop", "containers.start");
        assertThat(audit).filteredOn(a -> a.action().equals("containers.kill")).singleElement()
                .satisfies(a -> assertThat(a.result()).isEqualTo("error"));
    }

    @Test
    void noEngineIsOneSentenceNamingTheEndpoint() {
        String missing = "unix:///nonexistent/clio/docker.sock";
        admin().setConfig("docker_host", missing);
        assertKind(Kind.UNAVAILABLE, () -> viewer().containers());
        try {
            viewer().containerStats();
            throw new AssertionError("stats answered without an engine");
        } catch (OpsException e) {
            assertThat(e.getMessage()).contains("No container engine at " + missing + ": no socket file");
        }
        admin().setConfig("docker_host", endpoint.url());
        assertThat(viewer().containers()).extracting(Containers.Container::name).contains(ticker.name());
    }

    static Containers.Container find(List<Containers.Container> all, String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed"));
    }
}
