package dev.clio.integrations.docker;

import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.clio.common.concurrent.Threads;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Our one way to a Docker-compatible engine (Docker, or Podman's API service), over docker-java with the API version
 * pinned. Control calls, stats samples and log streams have separate connection budgets ({@link EngineClients}), every
 * call has a timeout, and every failure is an {@link EngineException} sentence naming the endpoint. Nothing is
 * contacted until the first call, and each call connects afresh when needed, so a gateway recovers by itself when an
 * engine that went away comes back. Thread-safe; close it to free its pools and connections.
 */
public final class ContainerGateway implements AutoCloseable {

    /** At most this many lines are kept of a non-follow log read (the last ones). */
    public static final int MAX_LOG_LINES = 10_000;

    private final EngineEndpoint endpoint;
    private final EngineSettings settings;
    private final EngineClients clients;
    private final ExecutorService controlPool;
    private final ExecutorService statsPool;
    private final ContainerLister lister;
    private final StatsSampler sampler;
    private final Semaphore streamBudget;

    private ContainerGateway(EngineEndpoint endpoint, EngineSettings settings) {
        this.endpoint = endpoint;
        this.settings = settings;
        this.clients = new EngineClients(endpoint, settings);
        this.controlPool = Threads.bounded("clio-docker-control", 4, 256);
        this.statsPool = Threads.bounded("clio-docker-stats", settings.statsThreads(), 256);
        this.lister = new ContainerLister(clients.control(), controlPool, settings.callTimeout());
        this.sampler = new StatsSampler(clients.statsHttp(), statsPool, settings.statsTimeout());
        this.streamBudget = new Semaphore(settings.maxStreams());
    }

    public static ContainerGateway open(EngineEndpoint endpoint, EngineSettings settings) {
        return new ContainerGateway(endpoint, settings);
    }

    public EngineEndpoint endpoint() {
        return endpoint;
    }

    /** Every container, running or not, by name. Blocks on the engine. */
    public List<ContainerInfo> list() {
        return read(null, lister::list);
    }

    /**
     * A stats sample of every running container, in parallel; stopped ones are never sampled. Blocks for about one
     * sample (a container seen for the first time takes two, 300 ms apart), at most twice the stats timeout.
     */
    public List<ContainerStats> stats() {
        List<ContainerInfo> running = read(null, lister::running);
        return call(null, () -> sampler.sample(running)).stream()
                .sorted(java.util.Comparator.comparing(ContainerStats::name)).toList();
    }

    /** The lines the request selects, oldest first, at most {@value #MAX_LOG_LINES} (the last ones). */
    public List<LogLine> logs(String container, LogRequest request) {
        ArrayDeque<LogLine> lines = new ArrayDeque<>();
        Consumer<LogLine> keep = line -> {
            if (lines.size() == MAX_LOG_LINES) {
                lines.pollFirst();
            }
            lines.addLast(line);
        };
        read(container, () -> {
            lines.clear();
            try (FrameCallback callback = logCommand(clients.control(), container, request, false)
                    .exec(new FrameCallback(keep, () -> { }))) {
                if (!callback.await(settings.callTimeout().toMillis())) {
                    throw new java.util.concurrent.TimeoutException("log read");
                }
                if (callback.failure() != null) {
                    throw EngineErrors.of(endpoint, container, callback.failure());
                }
            }
            return null;
        });
        return new ArrayList<>(lines);
    }

    /**
     * Follows a container's log on the stream budget; returns once the engine accepted the stream.
     *
     * @throws EngineException NOT_FOUND for an unknown container, BUSY when {@link EngineSettings#maxStreams()}
     *     streams are open
     */
    public LogFollow follow(String container, LogRequest request, Consumer<LogLine> sink) {
        read(container, () -> clients.control().inspectContainerCmd(container).exec());
        if (!streamBudget.tryAcquire()) {
            throw new EngineException(EngineException.Kind.BUSY, "Too many container log streams are open at "
                    + endpoint + " (at most " + settings.maxStreams() + "); close one and try again", null);
        }
        LogFollow follow = new LogFollow(endpoint, container, sink, streamBudget);
        try {
            logCommand(clients.streams(), container, request, true).exec(follow.callback());
            return follow;
        } catch (RuntimeException e) {
            follow.close();
            throw EngineErrors.of(endpoint, container, e);
        }
    }

    public String start(String container) {
        return action(container, "started", "was already running",
                () -> clients.control().startContainerCmd(container).exec());
    }

    public String stop(String container) {
        return action(container, "stopped", "was already stopped", () -> clients.control().stopContainerCmd(container)
                .withTimeout(graceSeconds()).exec());
    }

    public String restart(String container) {
        return action(container, "restarted", "restarted", () -> clients.control().restartContainerCmd(container)
                .withTimeout(graceSeconds()).exec());
    }

    /** @throws EngineException CONFLICT when the container is not running */
    public String kill(String container) {
        return action(container, "killed", "was not running", () -> clients.control().killContainerCmd(container)
                .exec());
    }

    private String action(String container, String done, String unchanged, Runnable command) {
        return call(container, () -> {
            try {
                command.run();
                return container + " " + done;
            } catch (NotModifiedException e) {
                return container + " " + unchanged;
            }
        });
    }

    private int graceSeconds() {
        return (int) Math.max(0, settings.stopGrace().toSeconds());
    }

    private static LogContainerCmd logCommand(com.github.dockerjava.api.DockerClient client, String container,
            LogRequest r, boolean follow) {
        LogContainerCmd cmd = client.logContainerCmd(container).withStdOut(r.stdout()).withStdErr(r.stderr())
                .withTimestamps(true).withFollowStream(follow);
        if (r.tail() > 0) {
            cmd.withTail(r.tail());
        } else if (!follow) {
            cmd.withTailAll();
        } else {
            cmd.withTail(0);
        }
        if (r.since() != null) {
            cmd.withSince((int) Math.max(0, Math.min(Integer.MAX_VALUE, r.since().getEpochSecond())));
        }
        return cmd;
    }

    /**
     * A read: retried once when it failed on a pooled connection the engine had dropped (it restarted), so that
     * the answer is the engine's present state, not the stale connection's.
     */
    private <T> T read(String container, Callable<T> work) {
        try {
            return call(container, work);
        } catch (EngineException e) {
            if (!EngineErrors.staleConnection(e)) {
                throw e;
            }
            return call(container, work);
        }
    }

    private <T> T call(String container, Callable<T> work) {
        try {
            return work.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Kind.TIMEOUT, "Interrupted while waiting for the container "
                    + "engine at " + endpoint, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw EngineErrors.of(endpoint, container, e.getCause() == null ? e : e.getCause());
        } catch (Exception e) {
            throw EngineErrors.of(endpoint, container, e);
        }
    }

    /** Ends open streams' pools and connections; further calls are not expected. */
    @Override
    public void close() {
        Threads.shutdown(controlPool, 1000);
        Threads.shutdown(statsPool, 1000);
        clients.close();
    }
}
