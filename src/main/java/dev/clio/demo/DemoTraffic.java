package dev.clio.demo;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.ops.remote.RemoteOperations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The requests of the demo load, each a real call of the server's API through {@link RemoteOperations}. Every method
 * makes at most a handful of requests and returns; failures are counted, never thrown. Thread-safe.
 */
final class DemoTraffic {

    /** The server's failed-authentication limiter window (LimiterSettings.defaults()). */
    static final Duration LIMITER_WINDOW = Duration.ofSeconds(60);
    static final int BURST = 5;
    private static final Resources.LogQuery TAIL = new Resources.LogQuery(Duration.ofMinutes(1), null, null, null,
            null, 100);
    private static final Resources.LogQuery RECENT = new Resources.LogQuery(Duration.ofMinutes(15), null, null, null,
            null, 50);

    private final Clients clients;
    private final WorkflowMix mix;
    private final int maxRunning;
    private final DemoCounters counters;
    private final Clock clock;
    private final AtomicBoolean stopping;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean revokedNext = new AtomicBoolean();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<Instant> failures = new ArrayDeque<>();
    private volatile Operations.Subscription tail;

    /** The API clients of one session, one per key; {@code wrong} presents a key no key file holds. */
    record Clients(RemoteOperations operator, RemoteOperations viewer, RemoteOperations wrong,
            RemoteOperations revoked) {
    }

    DemoTraffic(Clients clients, WorkflowMix mix, int maxRunning, DemoCounters counters, Clock clock,
            AtomicBoolean stopping) {
        this.clients = clients;
        this.mix = mix;
        this.maxRunning = maxRunning;
        this.counters = counters;
        this.clock = clock;
        this.stopping = stopping;
    }

    /**
     * Follows the log like a console's Logs view, holding the demo server's only stream slot; a later attempt at a
     * second stream is refused with 503 (see {@link #read()}).
     */
    void openTail() {
        tail = call(Set.of(), v -> v.streamLogs(TAIL, entry -> counters.logLine()), clients.viewer());
    }

    /**
     * One read of the viewer key, in a fixed rotation; one in ten asks for a second log stream, which gets 503 while
     * the tail holds the server's only slot (and becomes the tail when the old one has ended).
     */
    void read() {
        RemoteOperations v = clients.viewer();
        switch (Math.floorMod(reads.getAndIncrement(), 10)) {
            case 0 -> call(Set.of(), Operations::health, v);
            case 1 -> call(Set.of(), Operations::kpiSnapshot, v);
            case 2 -> call(Set.of(), o -> o.metricsSummary(Duration.ofHours(1)), v);
            case 3 -> call(Set.of(), o -> o.history(20), v);
            case 4 -> call(Set.of(), Operations::tokenUsage, v);
            case 5 -> call(Set.of(), Operations::system, v);
            case 6 -> call(Set.of(), o -> o.logs(RECENT), v);
            case 7 -> call(Set.of(), Operations::info, v);
            case 8 -> call(Set.of(), Operations::workflows, v);
            default -> {
                Operations.Subscription second = call(Set.of(OpsException.Kind.UNAVAILABLE),
                        o -> o.streamLogs(TAIL, entry -> counters.logLine()), v);
                if (second != null) {
                    // the slot was free, so the tail had ended: this stream is the tail now
                    Operations.Subscription old = tail;
                    tail = second;
                    if (old != null) {
                        old.close();
                    }
                }
            }
        }
    }

    /** Looks at the running demo executions, then starts the next sample unless {@code maxRunning} still run. */
    void workflow() {
        for (String id : List.copyOf(running)) {
            Workflows.Execution e = call(Set.of(), o -> o.execution(id), clients.operator());
            if (e != null && !"running".equals(e.status()) && !"paused".equals(e.status())) {
                running.remove(id);
                counters.executionEnded(e.status(), e.error());
            }
        }
        if (running.size() >= maxRunning || stopping.get()) {
            return;
        }
        String file = mix.next();
        Workflows.Execution started = call(Set.of(), o -> o.execute(new Workflows.ExecuteRequest(file, false, null,
                null, null, Map.of(DemoLabels.INPUT, "true"))), clients.operator());
        if (started != null) {
            counters.executionStarted();
            running.add(started.executionId());
        }
    }

    /** A wrong key, then next time the revoked one; skipped when more would make the server block this address. */
    void failedAuth() {
        if (!reserveFailures(1, DemoLoad.QUIET_FAILURES)) {
            return;
        }
        RemoteOperations client = revokedNext.getAndSet(!revokedNext.get()) ? clients.revoked() : clients.wrong();
        call(Set.of(OpsException.Kind.UNAUTHORIZED), Operations::kpiSnapshot,
                client);
    }

    /** The read-only key asks for an artifacts clean-up (a dry run, so nothing would be removed even if allowed). */
    void forbidden() {
        call(Set.of(OpsException.Kind.FORBIDDEN), o -> o.cleanArtifacts(true),
                clients.viewer());
    }

    /** Failed authentications in quick succession: a suspicious-activity incident, and a blocked address. */
    void burst() {
        reserveFailures(BURST, Integer.MAX_VALUE);
        for (int i = 0; i < BURST && !stopping.get(); i++) {
            call(Set.of(OpsException.Kind.UNAUTHORIZED), Operations::kpiSnapshot,
                    clients.wrong());
        }
    }

    /** Cancels the demo executions still running, through the API; called once the schedule has stopped. */
    void cancelRunning() {
        for (String id : List.copyOf(running)) {
            call(Set.of(OpsException.Kind.CONFLICT), o -> o.cancel(id), clients.operator());
            running.remove(id);
        }
    }

    void closeTail() {
        Operations.Subscription t = tail;
        if (t != null) {
            t.close();
        }
    }

    /** True when {@code n} more failures keep the count inside the limiter window at or below {@code limit}. */
    private synchronized boolean reserveFailures(int n, int limit) {
        Instant now = clock.instant();
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(LIMITER_WINDOW))) {
            failures.removeFirst();
        }
        if (failures.size() + n > limit) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            failures.addLast(now);
        }
        return true;
    }

    /**
     * Makes one call and counts its outcome; a failure whose kind is not in {@code expected} is also remembered, except
     * 429, which every call gets for a minute after a burst.
     */
    private <T> T call(Set<OpsException.Kind> expected, Function<RemoteOperations, T> request,
            RemoteOperations client) {
        try {
            T result = request.apply(client);
            counters.answered();
            return result;
        } catch (OpsException e) {
            counters.failed(e);
            boolean meant = expected.contains(e.kind()) || e.kind() == OpsException.Kind.RATE_LIMITED;
            if (!meant && !stopping.get()) {
                counters.unexpected(e.getMessage());
            }
            return null;
        }
    }
}
