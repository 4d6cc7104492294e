package dev.clio.connections;

import dev.clio.testing.ManualClock;
import static dev.clio.connections.ConnectionState.CONNECTED;
import static dev.clio.connections.ConnectionState.DEGRADED;
import static dev.clio.connections.ConnectionState.DISCONNECTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.common.concurrent.Threads;
import dev.clio.ops.Health;
import dev.clio.ops.OpsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monitor's judgement and timing, one round at a time, with a clock the test moves. */
class MonitorRoundsTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final Deque<Supplier<Health.Report>> script = new ArrayDeque<>();
    private final ConnectionStateMachine machine = new ConnectionStateMachine(Runnable::run, clock);
    private final ConnectionMonitor monitor = new ConnectionMonitor(() -> script.remove().get(), machine,
            Threads.scheduler("test-monitor", 1), Threads.bounded("test-probe", 1, 1), clock,
            MonitorTimings.defaults(), () -> 0.5);

    @AfterEach
    void close() {
        monitor.close();
    }

    private static Health.Report report(String status) {
        return new Health.Report(status, status.equals("healthy") ? "" : "database is slow", List.of(),
                Instant.EPOCH);
    }

    private void answers(String status, Duration after) {
        script.add(() -> {
            clock.advance(after);
            return report(status);
        });
    }

    private void fails(OpsException e) {
        script.add(() -> {
            throw e;
        });
    }

    private static OpsException refused() {
        return new OpsException(OpsException.Kind.UNAVAILABLE, "Cannot reach the server at http://127.0.0.1:9: "
                + "connection refused", new java.net.ConnectException("Connection refused"));
    }

    @Test
    void aQuickHealthyAnswerConnectsAndRecordsTheRefreshTime() {
        answers("healthy", Duration.ofMillis(20));
        assertThat(monitor.probeOnce()).isEqualTo(Duration.ofSeconds(1));
        assertThat(machine.status()).satisfies(s -> {
            assertThat(s.state()).isEqualTo(CONNECTED);
            assertThat(s.lastRefresh()).isEqualTo(clock.instant());
            assertThat(s.problem()).isNull();
        });
    }

    @Test
    void slowOrDegradedAnswersDegradeAndAQuickHealthyOneRecovers() {
        answers("healthy", Duration.ofMillis(700));
        monitor.probeOnce();
        assertThat(machine.state()).isEqualTo(DEGRADED);
        assertThat(machine.status().problem().sentence()).isEqualTo("The server is answering slowly (700 ms for a "
                + "health check).");
        answers("degraded", Duration.ofMillis(10));
        monitor.probeOnce();
        assertThat(machine.status().problem().sentence()).isEqualTo("The server answers but reports itself "
                + "degraded: database is slow.");
        answers("healthy", Duration.ofMillis(10));
        monitor.probeOnce();
        assertThat(machine.state()).isEqualTo(CONNECTED);
        assertThat(machine.status().problem()).isNull();
    }

    @Test
    void failuresDisconnectAndBackOffUntilAnAnswerRecoversWithoutAnyoneHelping() {
        answers("healthy", Duration.ofMillis(5));
        monitor.probeOnce();
        Instant lastGood = clock.instant();
        for (long expected : new long[] {1, 2, 4, 8, 16, 30, 30}) {
            fails(refused());
            Duration pause = monitor.probeOnce();
            assertThat(pause).isEqualTo(Duration.ofSeconds(expected));
            assertThat(machine.status().nextRetry()).isEqualTo(clock.instant().plus(pause));
            clock.advance(pause);
        }
        assertThat(machine.status()).satisfies(s -> {
            assertThat(s.state()).isEqualTo(DISCONNECTED);
            assertThat(s.failures()).isEqualTo(7);
            assertThat(s.lastRefresh()).as("the last success stays visible").isEqualTo(lastGood);
            assertThat(s.problem().kind()).isEqualTo(ConnectionProblem.Kind.UNREACHABLE);
        });
        answers("healthy", Duration.ofMillis(5));
        assertThat(monitor.probeOnce()).isEqualTo(Duration.ofSeconds(1));
        assertThat(machine.status()).satisfies(s -> {
            assertThat(s.state()).isEqualTo(CONNECTED);
            assertThat(s.failures()).isZero();
            assertThat(s.nextRetry()).isNull();
            assertThat(s.lastRefresh()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aRateLimitedServerIsDegradedAndPolledAtTheNormalPace() {
        fails(new OpsException(OpsException.Kind.RATE_LIMITED, "API rate limit exceeded. Try again later."));
        assertThat(monitor.probeOnce()).isEqualTo(Duration.ofSeconds(1));
        assertThat(machine.state()).isEqualTo(DEGRADED);
        assertThat(machine.status().lastRefresh()).isNull();
    }

    @Test
    void noFreeProbeThreadCountsAsATimeoutNotAsABug() {
        java.util.concurrent.ExecutorService busy = Threads.elastic("test-busy", 1);
        busy.shutdown();
        ConnectionMonitor starved = new ConnectionMonitor(() -> report("healthy"), machine,
                Threads.scheduler("test-monitor", 1), busy, clock, MonitorTimings.defaults(), () -> 0.5);
        try {
            assertThat(starved.probeOnce()).isEqualTo(Duration.ofSeconds(1));
            assertThat(machine.status().problem().kind()).isEqualTo(ConnectionProblem.Kind.TIMEOUT);
        } finally {
            starved.close();
        }
    }

    @Test
    void aProbeThatHangsPastTheTimeoutCountsAsATimeout() {
        script.add(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return report("healthy");
        });
        ConnectionMonitor quick = new ConnectionMonitor(() -> script.remove().get(), machine,
                Threads.scheduler("test-monitor", 1), Threads.bounded("test-probe", 1, 1), clock,
                new MonitorTimings(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(20),
                        Backoff.defaults()), () -> 0.5);
        try {
            quick.probeOnce();
            assertThat(machine.state()).isEqualTo(DISCONNECTED);
            assertThat(machine.status().problem().kind()).isEqualTo(ConnectionProblem.Kind.TIMEOUT);
        } finally {
            quick.close();
        }
    }
}
