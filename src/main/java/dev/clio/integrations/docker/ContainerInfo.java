package dev.clio.integrations.docker;

import java.time.Instant;
import java.util.Map;

/**
 * One container as the engine lists and inspects it.
 *
 * @param name without the leading slash
 * @param state created, running, paused, restarting, exited, dead ...
 * @param health healthy, unhealthy, starting, or none without a health check
 * @param status the engine's text, e.g. {@code Up 5 minutes} or {@code Exited (0) 2 hours ago}
 * @param startedAt null when it never started
 */
public record ContainerInfo(String id, String name, String image, String state, String health, String status,
        Instant created, Instant startedAt, int restartCount, Map<String, String> labels) {

    public ContainerInfo {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public boolean running() {
        return "running".equals(state);
    }
}
