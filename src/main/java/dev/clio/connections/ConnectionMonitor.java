package dev.clio.connections;

import dev.clio.common.concurrent.Threads;
import dev.clio.ops.Health;
import dev.clio.ops.OpsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ConnectionStateMachine} true: runs the {@link Probe} on a scheduler, every {@code interval} while the
 * connection answers and with {@link Backoff} while it does not, and moves the state by what each probe says
 * ({@link ProbeVerdict}). It never gives up, so a server that comes back is CONNECTED again without a new monitor.
 *
 * <p>Each probe runs on a probe thread and is waited for at most {@code timeout}; a probe still hanging when the next
 * one is due counts as another failure instead of piling threads up. Close it to stop; closing does not close the
 * connection's Operations.
 */
public final class ConnectionMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMonitor.class);

    private final Probe probe;
    private final ConnectionStateMachine machine;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService probes;
    private final Clock clock;
    private final MonitorTimings timings;
    private final DoubleSupplier random;
    private final Object lock = new Object();
    private ScheduledFuture<?> next;
    private boolean closed;

    /**
     * @param scheduler runs the probe rounds (one thread is enough); owned by the monitor, shut down on close
     * @param probes runs the probes themselves; owned by the monitor
     * @param random numbers in [0, 1) for the jitter
     */
    public ConnectionMonitor(Probe probe, ConnectionStateMachine machine, ScheduledExecutorService scheduler,
            ExecutorService probes, Clock clock, MonitorTimings timings, DoubleSupplier random) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.machine = Objects.requireNonNull(machine, "machine");
        this.scheduler = scheduler;
        this.probes = probes;
        this.clock = clock;
        this.timings = timings;
        this.random = random;
    }

    /** A monitor with its own named daemon threads, the system clock and the default timings; not yet started. */
    public static ConnectionMonitor create(Probe probe, ConnectionStateMachine machine, MonitorTimings timings) {
        return new ConnectionMonitor(probe, machine, Threads.scheduler("connection-monitor", 1),
                Threads.elastic("connection-probe", 2), Clock.systemUTC(), timings,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public ConnectionStateMachine machine() {
        return machine;
    }

    /** Probes at once, then on schedule. */
    public void start() {
        schedule(Duration.ZERO);
    }

    /** Probes now instead of waiting for the backoff (the console's "Retry" button). */
    public void retryNow() {
        schedule(Duration.ZERO);
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        Threads.shutdown(scheduler, 1_000);
        Threads.shutdown(probes, 1_000);
    }

    /** One probe round: probe, judge, move the state; returns the pause before the next round. Blocks on the probe. */
    Duration probeOnce() {
        Instant started = clock.instant();
        ProbeVerdict verdict;
        try {
            Health.Report report = await(probes.submit(probe::run));
            verdict = ProbeVerdict.answered(report, Duration.between(started, clock.instant()), timings);
        } catch (RejectedExecutionException e) {
            // every probe thread still hangs on an earlier probe: that is a failure too
            verdict = ProbeVerdict.failed(new OpsException(OpsException.Kind.TIMEOUT,
                    "The health checks are not answering"));
        } catch (RuntimeException e) {
            verdict = ProbeVerdict.failed(e);
        }
        return apply(verdict);
    }

    private Duration apply(ProbeVerdict verdict) {
        Instant now = clock.instant();
        ConnectionStatus current = machine.status();
        Duration pause = verdict.state() == ConnectionState.DISCONNECTED
                ? timings.backoff().delay(current.failures() + 1, random.getAsDouble())
                : timings.interval();
        UnaryOperator<ConnectionStatus> change = s -> {
            ConnectionStatus withProblem = s.withProblem(verdict.problem());
            return verdict.answered() ? withProblem.refreshed(now)
                    : withProblem.failed(verdict.state() == ConnectionState.DISCONNECTED ? now.plus(pause) : null);
        };
        if (current.state() == verdict.state()) {
            machine.update(current.state(), change);
        } else if (current.state().canMoveTo(verdict.state())) {
            machine.transition(current.state(), verdict.state(), change);
        }
        return pause;
    }

    private Health.Report await(Future<Health.Report> call) {
        try {
            return call.get(timings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new OpsException(OpsException.Kind.TIMEOUT, "The health check did not answer within "
                    + timings.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpsException(OpsException.Kind.UNAVAILABLE, "The health check was interrupted");
        }
    }

    private void round() {
        Duration pause = timings.interval();
        try {
            pause = probeOnce();
        } catch (RuntimeException e) {
            // a bug must not end the monitoring: the next round tries again
            LOG.warn("Connection probe round failed", e);
        } finally {
            schedule(pause);
        }
    }

    private void schedule(Duration delay) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (next != null) {
                next.cancel(false);
            }
            next = scheduler.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
