package dev.clio.integrations.docker;

import java.time.Duration;

/**
 * The budgets and timeouts of one gateway.
 *
 * @param callTimeout how long a control call may take (list, inspect, start ...); longer than {@code stopGrace}
 * @param statsTimeout how long one container's stats sample may take
 * @param statsThreads threads (and connections) sampling stats in parallel
 * @param maxStreams log streams open at once (each holds one connection of its own budget)
 * @param stopGrace how long stop and restart wait for a container to exit before the engine kills it
 */
public record EngineSettings(Duration callTimeout, Duration statsTimeout, int controlConnections, int statsThreads,
        int maxStreams, Duration stopGrace) {

    public static EngineSettings defaults() {
        return new EngineSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), 8, 4, 16, Duration.ofSeconds(10));
    }

    public EngineSettings withStopGrace(Duration value) {
        return new EngineSettings(callTimeout, statsTimeout, controlConnections, statsThreads, maxStreams, value);
    }
}
