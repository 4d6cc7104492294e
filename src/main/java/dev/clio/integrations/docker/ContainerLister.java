package dev.clio.integrations.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lists every container (running or not) and inspects them in parallel for what the list lacks: when it started,
 * its health and restart count. A container removed between the two calls is left out.
 */
final class ContainerLister {

    private final DockerClient control;
    private final ExecutorService pool;
    private final Duration timeout;

    ContainerLister(DockerClient control, ExecutorService pool, Duration timeout) {
        this.control = control;
        this.pool = pool;
        this.timeout = timeout;
    }

    List<ContainerInfo> list() throws ExecutionException, TimeoutException, InterruptedException {
        List<Container> containers = control.listContainersCmd().withShowAll(true).exec();
        List<Future<ContainerInfo>> inspected = new ArrayList<>(containers.size());
        for (Container c : containers) {
            inspected.add(pool.submit(() -> info(c)));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ContainerInfo> out = new ArrayList<>(containers.size());
        try {
            for (Future<ContainerInfo> f : inspected) {
                ContainerInfo info = f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (info != null) {
                    out.add(info);
                }
            }
        } finally {
            inspected.forEach(f -> f.cancel(true));
        }
        out.sort(java.util.Comparator.comparing(ContainerInfo::name));
        return List.copyOf(out);
    }

    /** The running containers, from the list alone (no inspect): enough to sample their stats. */
    List<ContainerInfo> running() {
        List<ContainerInfo> out = new ArrayList<>();
        for (Container c : control.listContainersCmd().withStatusFilter(List.of("running")).exec()) {
            if ("running".equals(c.getState())) {
                out.add(new ContainerInfo(c.getId(), name(c, null), c.getImage(), c.getState(), "none", c.getStatus(),
                        c.getCreated() == null ? null : Instant.ofEpochSecond(c.getCreated()), null, 0,
                        c.getLabels()));
            }
        }
        return out;
    }

    private ContainerInfo info(Container c) {
        InspectContainerResponse inspect;
        try {
            inspect = control.inspectContainerCmd(c.getId()).exec();
        } catch (NotFoundException e) {
            return null;
        }
        InspectContainerResponse.ContainerState state = inspect.getState();
        String health = state == null || state.getHealth() == null || blank(state.getHealth().getStatus()) ? "none"
                : state.getHealth().getStatus();
        Instant started = state == null ? null : instant(state.getStartedAt());
        int restarts = inspect.getRestartCount() == null ? 0 : inspect.getRestartCount();
        Instant created = c.getCreated() == null ? instant(inspect.getCreated())
                : Instant.ofEpochSecond(c.getCreated());
        return new ContainerInfo(c.getId(), name(c, inspect), c.getImage(), c.getState(), health, c.getStatus(),
                created, started, restarts, c.getLabels());
    }

    private static String name(Container c, InspectContainerResponse inspect) {
        String name = c.getNames() != null && c.getNames().length > 0 ? c.getNames()[0]
                : inspect == null ? null : inspect.getName();
        return name == null ? c.getId().substring(0, Math.min(12, c.getId().length()))
                : name.startsWith("/") ? name.substring(1) : name;
    }

    /** Engines write {@code 0001-01-01T00:00:00Z} for "never"; that becomes null. */
    static Instant instant(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            Instant t = Instant.parse(text);
            return t.getEpochSecond() <= 0 ? null : t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
