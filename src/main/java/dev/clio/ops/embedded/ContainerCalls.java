package dev.clio.ops.embedded;

import dev.clio.integrations.docker.ContainerGateway;
import dev.clio.integrations.docker.ContainerInfo;
import dev.clio.integrations.docker.ContainerStats;
import dev.clio.integrations.docker.EngineException;
import dev.clio.integrations.docker.LogFollow;
import dev.clio.integrations.docker.LogLine;
import dev.clio.integrations.docker.LogRequest;
import dev.clio.ops.Containers;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The container calls over the engine's gateway: its records as Operations records, its failures as OpsExceptions. */
final class ContainerCalls {

    static final int DEFAULT_TAIL = 100;
    private static final String COMPOSE = "com.docker.compose.project";
    private static final String PODMAN_COMPOSE = "io.podman.compose.project";

    private final ContainerEngines engines;

    ContainerCalls(ContainerEngines engines) {
        this.engines = engines;
    }

    List<Containers.Container> list() {
        Instant now = Instant.now();
        return mapped(() -> engines.gateway().list()).stream().map(c -> container(c, now)).toList();
    }

    List<Containers.Stats> stats() {
        return mapped(() -> engines.gateway().stats()).stream().map(ContainerCalls::stats).toList();
    }

    List<Containers.LogLine> logs(String container, Containers.LogQuery query) {
        Containers.LogQuery q = Containers.check(query);
        LogRequest request = new LogRequest(q.tail() == 0 ? DEFAULT_TAIL : q.tail(), q.since(), q.stdout(),
                q.stderr());
        return mapped(() -> engines.gateway().logs(Containers.checkName(container), request)).stream()
                .map(ContainerCalls::line).toList();
    }

    Operations.Subscription follow(String container, Containers.LogQuery query, Consumer<Containers.LogLine> sink) {
        Containers.LogQuery q = Containers.check(query);
        LogRequest request = new LogRequest(q.tail(), q.since(), q.stdout(), q.stderr());
        LogFollow follow = mapped(() -> engines.gateway().follow(Containers.checkName(container), request,
                line -> sink.accept(line(line))));
        return new Operations.Subscription() {
            @Override
            public void close() {
                follow.close();
            }

            @Override
            public boolean isOpen() {
                return follow.isOpen();
            }
        };
    }

    /** Runs one action and reports it with its duration. */
    Resources.ActionResult act(String action, String container, Function<ContainerGateway, String> call) {
        Containers.checkName(container);
        long start = System.nanoTime();
        String message = mapped(() -> call.apply(engines.gateway()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Resources.ActionResult(action, true, message + " in " + String.format(Locale.ROOT, "%.1f s",
                took.toMillis() / 1000.0));
    }

    String endpoint() {
        return engines.endpoint().url();
    }

    private static Containers.Container container(ContainerInfo c, Instant now) {
        Long uptime = c.running() && c.startedAt() != null
                ? Math.max(0, Duration.between(c.startedAt(), now).toSeconds()) : null;
        String project = c.labels().getOrDefault(COMPOSE, c.labels().get(PODMAN_COMPOSE));
        return new Containers.Container(c.id(), c.name(), c.image(), c.state(), c.health(), c.status(), c.created(),
                c.startedAt(), uptime, c.restartCount(), project);
    }

    private static Containers.Stats stats(ContainerStats s) {
        return new Containers.Stats(s.id(), s.name(), s.cpuPercent(), s.memoryUsedBytes(), s.memoryLimitBytes(),
                s.memoryPercent(), s.netRxBytes(), s.netTxBytes(), s.blockReadBytes(), s.blockWriteBytes(),
                s.measuredAt());
    }

    private static Containers.LogLine line(LogLine l) {
        return new Containers.LogLine(l.timestamp(), l.stderr() ? "stderr" : "stdout", l.text());
    }

    /** The gateway's failure as the Operations kind a caller acts on; the sentence is kept as it is. */
    static <T> T mapped(Supplier<T> call) {
        try {
            return call.get();
        } catch (EngineException e) {
            OpsException.Kind kind = switch (e.kind()) {
                case NOT_FOUND -> OpsException.Kind.NOT_FOUND;
                case CONFLICT -> OpsException.Kind.CONFLICT;
                case TIMEOUT -> OpsException.Kind.TIMEOUT;
                case NO_ENGINE, PERMISSION_DENIED, BUSY, FAILED -> OpsException.Kind.UNAVAILABLE;
            };
            throw new OpsException(kind, e.getMessage(), e);
        }
    }
}
