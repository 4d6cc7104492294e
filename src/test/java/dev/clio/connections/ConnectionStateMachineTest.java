package dev.clio.connections;

import dev.clio.testing.ManualClock;
import static dev.clio.connections.ConnectionState.CONNECTED;
import static dev.clio.connections.ConnectionState.CONNECTING;
import static dev.clio.connections.ConnectionState.DEGRADED;
import static dev.clio.connections.ConnectionState.DISCONNECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectionStateMachineTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));

    /** Runs notifications only when the test drains it, like the FX thread's queue. */
    private static final class QueuedExecutor implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queue.add(task);
        }

        void drain() {
            for (Runnable r; (r = queue.poll()) != null;) {
                r.run();
            }
        }
    }

    @Test
    void aTransitionFromAStateThatIsNoLongerCurrentChangesNothing() {
        ConnectionStateMachine machine = new ConnectionStateMachine(Runnable::run, clock);
        assertThat(machine.state()).isEqualTo(CONNECTING);
        clock.advance(Duration.ofSeconds(2));
        assertThat(machine.transition(CONNECTING, CONNECTED)).isTrue();
        assertThat(machine.status().since()).isEqualTo(clock.instant());
        assertThat(machine.transition(CONNECTING, DISCONNECTED)).isFalse();
        assertThat(machine.state()).isEqualTo(CONNECTED);
    }

    @Test
    void transitionsTheStateDoesNotAllowAreRefused() {
        ConnectionStateMachine machine = new ConnectionStateMachine(Runnable::run, clock);
        assertThatThrownBy(() -> machine.transition(CONNECTED, CONNECTING))
                .hasMessage("a connection cannot go from CONNECTED to CONNECTING");
        assertThatThrownBy(() -> machine.transition(CONNECTING, CONNECTING)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> machine.update(CONNECTING, s -> s.moved(CONNECTED, clock.instant())))
                .hasMessageContaining("use transition");
    }

    @Test
    void listenersHearEveryChangeInOrderOnTheGivenExecutorOnly() {
        QueuedExecutor fx = new QueuedExecutor();
        ConnectionStateMachine machine = new ConnectionStateMachine(fx, clock);
        List<String> heard = new ArrayList<>();
        machine.addListener((before, after) -> heard.add(before.state() + ">" + after.state()));
        machine.transition(CONNECTING, CONNECTED);
        machine.transition(CONNECTED, DEGRADED);
        machine.update(DEGRADED, s -> s.refreshed(clock.instant()));
        machine.update(DEGRADED, s -> s);
        machine.transition(DEGRADED, DISCONNECTED);
        assertThat(heard).as("nothing until the executor runs").isEmpty();
        fx.drain();
        assertThat(heard).containsExactly("CONNECTING>CONNECTED", "CONNECTED>DEGRADED", "DEGRADED>DEGRADED",
                "DEGRADED>DISCONNECTED");
    }

    @Test
    void ofManyRacingTransitionsFromTheSameStateExactlyOneWins() throws Exception {
        ConnectionStateMachine machine = new ConnectionStateMachine(Runnable::run, clock);
        AtomicInteger notified = new AtomicInteger();
        machine.addListener((before, after) -> notified.incrementAndGet());
        AtomicInteger wins = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ConnectionState target = i % 2 == 0 ? CONNECTED : DISCONNECTED;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (machine.transition(CONNECTING, target)) {
                    wins.incrementAndGet();
                }
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(wins).hasValue(1);
        assertThat(notified).hasValue(1);
        assertThat(machine.state()).isIn(CONNECTED, DISCONNECTED);
    }
}
