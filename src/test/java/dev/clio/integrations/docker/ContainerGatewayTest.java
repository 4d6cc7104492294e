package dev.clio.integrations.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway against the real Podman engine: one running ticker and one exited container shared by the class. */
class ContainerGatewayTest {

    private static TestEngine.Container ticker;
    private static TestEngine.Container exited;
    private static ContainerGateway gateway;

    @BeforeAll
    static void containers() {
        EngineEndpoint endpoint = TestEngine.endpoint();
        ticker = TestEngine.run(endpoint, "clio-gw-ticker", TestEngine.TICKER);
        exited = TestEngine.run(endpoint, "clio-gw-exited", "echo bye; exit 3");
        gateway = ContainerGateway.open(endpoint, EngineSettings.defaults().withStopGrace(Duration.ofSeconds(2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> exited.state().equals("exited"));
    }

    @AfterAll
    static void remove() {
        if (gateway != null) {
            gateway.close();
        }
        for (TestEngine.Container c : new TestEngine.Container[] {ticker, exited}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void listShowsRunningAndStoppedContainersWithTheirState() {
        List<ContainerInfo> all = gateway.list();
        ContainerInfo running = find(all, ticker.name());
        assertThat(running.state()).isEqualTo("running");
        assertThat(running.running()).isTrue();
        assertThat(running.image()).contains("busybox");
        assertThat(running.status()).startsWith("Up");
        assertThat(running.startedAt()).isNotNull().isBeforeOrEqualTo(Instant.now());
        assertThat(running.created()).isNotNull().isBeforeOrEqualTo(running.startedAt().plusSeconds(1));
        assertThat(running.health()).isEqualTo("none");
        assertThat(running.id()).hasSizeGreaterThan(12);
        ContainerInfo stopped = find(all, exited.name());
        assertThat(stopped.state()).isEqualTo("exited");
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.status()).contains("Exited (3)");
    }

    @Test
    void statsSampleOnlyRunningContainersWithDockerFormulas() {
        List<ContainerStats> stats = gateway.stats();
        assertThat(stats).extracting(ContainerStats::name).contains(ticker.name()).doesNotContain(exited.name());
        ContainerStats s = stats.stream().filter(x -> x.name().equals(ticker.name())).findFirst().orElseThrow();
        assertThat(s.cpuPercent()).isNotNull().isBetween(0.0, 200.0);
        assertThat(s.memoryUsedBytes()).isPositive();
        assertThat(s.memoryLimitBytes()).isGreaterThan(s.memoryUsedBytes());
        assertThat(s.memoryPercent()).isBetween(0.0, 100.0);
        assertThat(s.netRxBytes()).isZero();
        assertThat(s.measuredAt()).isNotNull();
    }

    @Test
    void logsTailTheLastLinesWithStdoutAndStderrMarked() {
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.logs(ticker.name(), LogRequest.last(0)).size() >= 6);
        List<LogLine> last = gateway.logs(ticker.name(), LogRequest.last(4));
        assertThat(last).hasSize(4).allSatisfy(l -> assertThat(l.timestamp()).isNotNull());
        assertThat(last).anySatisfy(l -> {
            assertThat(l.stderr()).isTrue();
            assertThat(l.text()).matches("err \\d+");
        }).anySatisfy(l -> {
            assertThat(l.stderr()).isFalse();
            assertThat(l.text()).matches("line \\d+");
        });
        assertThat(gateway.logs(ticker.name(), new LogRequest(0, Instant.now().plusSeconds(3600), true, true)))
                .isEmpty();
        assertThat(gateway.logs(ticker.name(), new LogRequest(10, null, false, true)))
                .isNotEmpty().allSatisfy(l -> assertThat(l.stderr()).isTrue());
        assertThat(gateway.logs(exited.name(), LogRequest.last(10))).extracting(LogLine::text).containsExactly("bye");
    }

    @Test
    void followDeliversNewLinesUntilClosed() {
        List<LogLine> seen = new CopyOnWriteArrayList<>();
        LogFollow follow = gateway.follow(ticker.name(), new LogRequest(0, null, true, false), seen::add);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() >= 3);
            assertThat(follow.isOpen()).isTrue();
        } finally {
            follow.close();
        }
        assertThat(follow.isOpen()).isFalse();
        assertThat(follow.failure()).isNull();
        assertThat(seen).allSatisfy(l -> assertThat(l.text()).matches("line \\d+"));
        int count = seen.size();
        await().pollDelay(Duration.ofMillis(700)).until(() -> true);
        assertThat(seen).hasSize(count);
    }

    @Test
    void unknownContainersAreNotFoundByName() {
        assertThatThrownBy(() -> gateway.logs("clio-no-such-container", LogRequest.last(1)))
                .isInstanceOf(EngineException.class).hasMessageContaining("clio-no-such-container")
                .satisfies(e -> assertThat(((EngineException) e).kind()).isEqualTo(EngineException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> gateway.follow("clio-no-such-container", LogRequest.last(1), l -> { }))
                .satisfies(e -> assertThat(((EngineException) e).kind()).isEqualTo(EngineException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> gateway.restart("clio-no-such-container"))
                .satisfies(e -> assertThat(((EngineException) e).kind()).isEqualTo(EngineException.Kind.NOT_FOUND));
    }

    @Test
    void restartStartsTheContainerAgainAndStopStartRoundTrip() {
        Instant before = find(gateway.list(), ticker.name()).startedAt();
        assertThat(gateway.restart(ticker.name())).isEqualTo(ticker.name() + " restarted");
        ContainerInfo after = find(gateway.list(), ticker.name());
        assertThat(after.running()).isTrue();
        assertThat(after.startedAt()).isAfter(before);
        assertThat(gateway.start(ticker.name())).isEqualTo(ticker.name() + " was already running");
        assertThat(gateway.stop(exited.name())).isEqualTo(exited.name() + " was already stopped");
        assertThatThrownBy(() -> gateway.kill(exited.name())).isInstanceOf(EngineException.class)
                .hasMessageContaining(exited.name());
    }

    static ContainerInfo find(List<ContainerInfo> all, String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed in " + all));
    }
}
