package dev.clio.demo;

import dev.clio.common.concurrent.Threads;
import dev.clio.engine.log.AccessLog;
import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.OpsException;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.server.ApiServer;
import dev.clio.server.AsyncAccessLog;
import dev.clio.server.ServerOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the demo load, from {@link #start} to {@link #stop}: its keys, its server on a free loopback port, its
 * API clients and its schedule. Not reusable; {@link DemoLoad} makes a new one for every start.
 */
final class DemoSession {

    static final String THREAD_NAME = "demo-load";
    static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSession.class);
    /** Short, so that a stuck call cannot hold up {@link #stop} for long; the server is on this machine. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

    private final DemoEngine engine;
    private final DemoKeys keys;
    private final AsyncAccessLog accessLog;
    private final ApiServer server;
    private final List<RemoteOperations> clients = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final DemoCounters counters;
    private DemoTraffic traffic;
    private ScheduledExecutorService scheduler;

    private DemoSession(DemoEngine engine, DemoKeys keys, AsyncAccessLog accessLog, ApiServer server) {
        this.engine = engine;
        this.keys = keys;
        this.accessLog = accessLog;
        this.server = server;
        this.counters = new DemoCounters(Clock.systemUTC().instant(), baseUrl().toString());
    }

    /**
     * Creates the keys, starts the server and the schedule.
     *
     * @throws OpsException INVALID_REQUEST when the workspace has no sample workflow, UNAVAILABLE when no
     *     loopback port can be bound
     */
    static DemoSession start(DemoEngine engine, DemoLoadSettings settings) {
        WorkflowMix mix = WorkflowMix.of(engine.workspace());
        DemoKeys keys = DemoKeys.create(engine.gate());
        AsyncAccessLog accessLog = new AsyncAccessLog(AccessLog.open(engine.workspace().accessLog()));
        ApiServer server;
        try {
            // one stream slot: the demo's own log tail holds it, so a second stream is refused with 503
            server = ApiServer.start(engine.factory(), ServerOptions.builder(engine.gate()).bind(LOOPBACK).port(0)
                    .registry(engine.registry()).stats(engine.stats()).accessLog(accessLog).maxStreams(1).build());
        } catch (RuntimeException e) {
            accessLog.close();
            keys.revoke(engine.gate());
            throw OpsException.unavailable("the demo server cannot listen on " + LOOPBACK + ": "
                    + e.getMessage());
        }
        DemoSession session = new DemoSession(engine, keys, accessLog, server);
        try {
            session.schedule(mix, settings);
        } catch (RuntimeException e) {
            session.stop();
            throw e;
        }
        return session;
    }

    private void schedule(WorkflowMix mix, DemoLoadSettings settings) {
        DemoTraffic.Clients c = new DemoTraffic.Clients(client(keys.operator().secret()),
                client(keys.viewer().secret()), client(DemoKeys.WRONG_KEY), client(keys.revoked().secret()));
        traffic = new DemoTraffic(c, mix, settings.maxRunning(), counters, Clock.systemUTC(), stopping);
        traffic.openTail();
        scheduler = Threads.scheduler(THREAD_NAME, 2);
        every(traffic::read, Duration.ZERO, Duration.ofNanos((long) (1_000_000_000L / settings.requestsPerSecond())));
        every(traffic::workflow, Duration.ZERO, settings.workflowInterval());
        every(traffic::failedAuth, soon(settings.failedAuthInterval()), settings.failedAuthInterval());
        every(traffic::forbidden, soon(settings.forbiddenInterval()), settings.forbiddenInterval());
        if (!settings.burstInterval().isZero()) {
            every(traffic::burst, settings.burstInterval(), settings.burstInterval());
        }
    }

    /** The first failed authentication and forbidden action come within a few seconds, so the tiles move at once. */
    private static Duration soon(Duration interval) {
        return interval.compareTo(Duration.ofSeconds(3)) < 0 ? interval : Duration.ofSeconds(3);
    }

    private void every(Runnable task, Duration initial, Duration period) {
        scheduler.scheduleWithFixedDelay(() -> {
            if (stopping.get()) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // a failed tick must not end the schedule (a thrown exception would cancel it for good)
                counters.unexpected(String.valueOf(e.getMessage()));
                LOG.warn("demo load step failed", e);
            }
        }, initial.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    private RemoteOperations client(String key) {
        RemoteOperations ops = RemoteOperations.connect(ApiClientConfig.defaults(baseUrl(), key, null)
                .withTimeouts(Duration.ofSeconds(1), CALL_TIMEOUT, CALL_TIMEOUT).withRetry(RetryPolicy.none()));
        clients.add(ops);
        return ops;
    }

    URI baseUrl() {
        return URI.create("http://" + LOOPBACK + ":" + server.port());
    }

    DemoLoadStats stats() {
        return counters.snapshot();
    }

    List<String> identities() {
        return keys.identities();
    }

    /**
     * Stops the schedule (waiting up to a second for a request in flight), cancels the demo's running executions,
     * revokes its keys, closes its clients and stops the server. Never throws.
     */
    void stop() {
        stopping.set(true);
        if (scheduler != null) {
            Threads.shutdown(scheduler, 1000);
        }
        if (traffic != null) {
            runQuietly(traffic::cancelRunning);
            runQuietly(traffic::closeTail);
        }
        runQuietly(() -> keys.revoke(engine.gate()));
        clients.forEach(c -> runQuietly(c::close));
        server.stop();
        accessLog.close();
    }

    private static void runQuietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.warn("stopping the demo load: {}", e.getMessage());
        }
    }
}
